package com.followup.admin.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/** Enforces {@link DealerScoped}: runs before the role check and only ever rejects. */
@Singleton
class DealerScopeRule implements SecurityRule<HttpRequest<?>> {

  static final int ORDER = SecuredAnnotationRule.ORDER - 100;

  @Override
  public Publisher<SecurityRuleResult> check(
      HttpRequest<?> request, @Nullable Authentication authentication) {
    return Publishers.just(decide(request, authentication));
  }

  private static SecurityRuleResult decide(HttpRequest<?> request, Authentication authentication) {
    RouteMatch<?> route = RouteAttributes.getRouteMatch(request).orElse(null);
    if (route == null
        || authentication == null
        || !route.getAnnotationMetadata().hasAnnotation(DealerScoped.class)) {
      return SecurityRuleResult.UNKNOWN;
    }
    Caller caller = Caller.of(authentication);
    if (!caller.dealerUser()) {
      return SecurityRuleResult.UNKNOWN;
    }
    String parameter = route.getAnnotationMetadata().stringValue(DealerScoped.class).orElse("code");
    Object named = route.getVariableValues().get(parameter);
    String dealer =
        named != null
            ? named.toString()
            : request.getParameters().get(parameter, String.class, null);
    if (dealer == null) {
      boolean required =
          route.getAnnotationMetadata().booleanValue(DealerScoped.class, "required").orElse(true);
      return required ? SecurityRuleResult.REJECTED : SecurityRuleResult.UNKNOWN;
    }
    return caller.mayAccess(dealer) ? SecurityRuleResult.UNKNOWN : SecurityRuleResult.REJECTED;
  }

  @Override
  public int getOrder() {
    return ORDER;
  }
}
