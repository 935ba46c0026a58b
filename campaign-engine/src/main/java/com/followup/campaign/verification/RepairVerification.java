package com.followup.campaign.verification;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * A repair claim checked on one call.
 *
 * @param claimedParts the parts the station reported, in the record's order
 * @param ticketId the PROBLEM ticket a mismatch opened
 */
public record RepairVerification(
    long attemptId,
    long followUpId,
    String dealerCode,
    String recordId,
    List<String> claimedParts,
    RepairCheck check,
    @Nullable Long ticketId,
    String agent,
    Instant verifiedAt) {

  public boolean mismatch() {
    return check.mismatch();
  }
}
