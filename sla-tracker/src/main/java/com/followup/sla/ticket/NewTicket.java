package com.followup.sla.ticket;

import com.followup.sla.policy.TicketType;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Objects;

/**
 * A ticket to open, as an agent or a call outcome describes it.
 *
 * @param customerPhone any common format; national numbers need a dealer (its country)
 * @param openedAt when the complaint was taken; up to 7 days back; null for now
 * @param openedBy the user opening it
 * @param followUpId the follow-up call it was raised on, if any
 */
public record NewTicket(
    TicketType type,
    String customerPhone,
    @Nullable String dealerCode,
    String department,
    String summary,
    @Nullable Instant openedAt,
    String openedBy,
    @Nullable Long followUpId) {

  public NewTicket {
    if (type == null) {
      throw new IllegalArgumentException("type is required: COMPLAINT, INQUIRY or PROBLEM");
    }
    if (customerPhone == null || customerPhone.isBlank()) {
      throw new IllegalArgumentException("customerPhone is required");
    }
    department = required(department, "department", 100);
    summary = required(summary, "summary", 2000);
    Objects.requireNonNull(openedBy, "openedBy");
    dealerCode = dealerCode == null || dealerCode.isBlank() ? null : dealerCode.trim();
  }

  private static String required(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    if (value.length() > max) {
      throw new IllegalArgumentException(field + " is longer than " + max + " characters");
    }
    return value.trim();
  }
}
