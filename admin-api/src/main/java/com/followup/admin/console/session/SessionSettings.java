package com.followup.admin.console.session;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How long console sessions last.
 *
 * @param idleTimeout a session unused this long ends (the user signs in again)
 * @param maxLifetime a session ends this long after sign-in whatever its use (one shift)
 */
@ConfigurationProperties("followup.console.session")
public record SessionSettings(
    @Bindable(defaultValue = "60m") Duration idleTimeout,
    @Bindable(defaultValue = "12h") Duration maxLifetime) {

  public SessionSettings {
    if (idleTimeout.isNegative()
        || idleTimeout.isZero()
        || maxLifetime.compareTo(idleTimeout) < 0) {
      throw new IllegalArgumentException(
          "followup.console.session: idle-timeout must be positive and not above max-lifetime");
    }
  }
}
