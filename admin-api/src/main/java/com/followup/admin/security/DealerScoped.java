package com.followup.admin.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint whose path variable or query parameter names a dealer: a DEALER user is let
 * through only for its own dealer (403 otherwise), before the endpoint runs.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface DealerScoped {

  /** The path variable or query parameter that holds the dealer code. */
  String value() default "code";

  /**
   * Whether a DEALER user must name its dealer. When false and the parameter is absent, the
   * endpoint itself must restrict its answer with {@link Caller#dealerRestriction()}.
   */
  boolean required() default true;
}
