package com.followup.sla.breach;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * A breach another module detected, e.g. the campaign engine's follow-up step that ended MISSED.
 *
 * @param kind what was missed, e.g. {@code followup-missed:purchase-1} (the ledger's target)
 * @param dealerCode the dealer whose customer it concerns, if any
 * @param reason what happened, for QA
 * @param breachedAt when the obligation's deadline passed
 * @param owner who answers for it, if known (an agent or a department)
 */
public record ExternalBreach(
    String kind,
    @Nullable String dealerCode,
    String reason,
    Instant breachedAt,
    @Nullable String owner) {

  public ExternalBreach {
    if (kind == null || kind.isBlank() || kind.length() > 64) {
      throw new IllegalArgumentException("an external breach needs a kind of 1 to 64 characters");
    }
    if (reason == null || reason.isBlank() || reason.length() > 2000) {
      throw new IllegalArgumentException("an external breach needs a reason (≤ 2000 characters)");
    }
    if (breachedAt == null) {
      throw new IllegalArgumentException("an external breach needs breachedAt");
    }
  }
}
