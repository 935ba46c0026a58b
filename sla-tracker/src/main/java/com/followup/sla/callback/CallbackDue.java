package com.followup.sla.callback;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Objects;

/**
 * A callback target started: the customer must be called back by {@code dueAt}. Published through
 * Micronaut's {@code ApplicationEventPublisher} inside the transaction that started the target; a
 * consumer that dials it (the campaign engine) listens synchronously and books the call in that
 * same transaction, so a target never commits without its callback (nor the reverse). The target is
 * met by the ticket event {@code CALLBACK_DONE} (or {@code CUSTOMER_ANSWERED} for an inquiry);
 * {@link CallbackSettled} says so.
 *
 * @param ticketId the ticket's id
 * @param target the callback target's name, e.g. {@code satisfaction-callback}
 * @param customerPhone E.164
 * @param dealerCode the ticket's dealer, if it has one
 * @param dueAt when the callback must have happened
 */
public record CallbackDue(
    long ticketId,
    String target,
    String customerPhone,
    @Nullable String dealerCode,
    Instant dueAt) {

  public CallbackDue {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(customerPhone, "customerPhone");
    Objects.requireNonNull(dueAt, "dueAt");
  }
}
