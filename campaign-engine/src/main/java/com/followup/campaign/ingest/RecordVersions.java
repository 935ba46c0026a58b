package com.followup.campaign.ingest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** A record as it is now and every version a later upload replaced, newest first. */
@Serdeable
public record RecordVersions(
    String dealerCode, String recordId, Version current, List<Version> history) {

  /** One version of the record's content and the upload it came from. */
  @Serdeable
  public record Version(
      int version,
      String recordType,
      Instant eventTime,
      String customerName,
      String phone,
      @Nullable String product,
      @Nullable String serialNumber,
      @Nullable String parts,
      String timezone,
      String timezoneSource,
      String uploadId,
      Instant receivedAt,
      @Nullable Boolean consent) {}
}
