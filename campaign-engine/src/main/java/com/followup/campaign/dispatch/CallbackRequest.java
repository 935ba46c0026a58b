package com.followup.campaign.dispatch;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer to call back for a ticket's SLA target, by {@code dueAt}.
 *
 * @param target the ticket's callback target, e.g. {@code satisfaction-callback}
 * @param phone E.164
 * @param dealerCode the ticket's dealer, whose zone is the customer's when the number gives none
 */
public record CallbackRequest(
    long ticketId, String target, String phone, @Nullable String dealerCode, Instant dueAt) {

  public CallbackRequest {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(dueAt, "dueAt");
  }
}
