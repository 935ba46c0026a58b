package com.followup.sla.transfer;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How tickets are delivered to departments ({@code followup.departments.delivery}).
 *
 * @param batch outbox rows claimed per round
 * @param threads deliveries sent at once
 * @param lease how long a claimed row is held before another instance may try it again (longer than
 *     {@code timeout})
 * @param timeout connect and answer time allowed to a webhook or the mail server
 * @param firstRetry the wait after the first failure; doubled after each, up to {@code maxBackoff}
 * @param maxBackoff the longest wait between tries
 * @param mailHost the SMTP server; without one, e-mail deliveries fail (and are retried)
 * @param mailFrom the sender of ticket e-mails
 */
@ConfigurationProperties("followup.departments.delivery")
public record DeliverySettings(
    @Bindable(defaultValue = "200") int batch,
    @Bindable(defaultValue = "16") int threads,
    @Bindable(defaultValue = "60s") Duration lease,
    @Bindable(defaultValue = "10s") Duration timeout,
    @Bindable(defaultValue = "250ms") Duration firstRetry,
    @Bindable(defaultValue = "5m") Duration maxBackoff,
    @Nullable String mailHost,
    @Bindable(defaultValue = "25") int mailPort,
    @Nullable String mailUsername,
    @Nullable String mailPassword,
    @Bindable(defaultValue = "false") boolean mailStarttls,
    @Bindable(defaultValue = "followup@localhost") String mailFrom) {

  /** The wait before the next try after {@code attempts} failed ones. */
  Duration backoff(int attempts) {
    Duration wait = firstRetry;
    for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
