package com.followup.campaign.ingest;

import com.followup.campaign.record.RecordType;
import com.followup.campaign.record.ZoneSource;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.ZoneId;

/** A valid row, normalized, with the hash of its content (for duplicate detection). */
record NormalizedRow(
    long line,
    RecordType type,
    String recordId,
    Instant eventTime,
    String customerName,
    String phone,
    String product,
    String serialNumber,
    String parts,
    ZoneId zone,
    ZoneSource zoneSource,
    @Nullable Boolean consent,
    long contentHash) {

  /** The consent as the tables keep it: 1, 0, or null when the upload did not say. */
  @Nullable
  Integer consentFlag() {
    return consent == null ? null : consent ? 1 : 0;
  }
}
