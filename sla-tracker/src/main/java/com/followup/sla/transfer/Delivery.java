package com.followup.sla.transfer;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * One outbox row: a transfer sent over one channel, as far as it got.
 *
 * @param deliveryId the id the receiver sees on every try ({@code X-Followup-Delivery})
 * @param channel WEBHOOK or EMAIL
 * @param nextAttemptAt when it is tried next; null once delivered or superseded
 * @param warnedAt when the warning that it is still undelivered went out
 */
public record Delivery(
    String deliveryId,
    long transferId,
    long ticketId,
    String department,
    String channel,
    String destination,
    Instant createdAt,
    int attempts,
    @Nullable Instant lastAttemptAt,
    @Nullable String lastError,
    @Nullable Instant nextAttemptAt,
    @Nullable Instant deliveredAt,
    @Nullable Instant warnedAt) {

  /** Whether it is still being tried and its warning went out: someone should look. */
  public boolean overdue() {
    return deliveredAt == null && nextAttemptAt != null && warnedAt != null;
  }
}
