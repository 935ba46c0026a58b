package com.followup.admin.console.session;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How failed sign-ins are held back (the console form and {@code POST /login} alike).
 *
 * @param perUser failures for one user name within the window after which that name is refused
 * @param perAddress failures from one client address within the window after which the address is
 *     refused the names it failed on (other users signing in from it still go through)
 * @param window how far back failures count; a refused caller may try again when it has passed
 */
@ConfigurationProperties("followup.security.sign-in")
public record SignInLimits(
    @Bindable(defaultValue = "5") int perUser,
    @Bindable(defaultValue = "20") int perAddress,
    @Bindable(defaultValue = "15m") Duration window) {

  public SignInLimits {
    if (perUser < 1 || perAddress < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException(
          "followup.security.sign-in: per-user and per-address must be at least 1 and the window"
              + " positive");
    }
  }
}
