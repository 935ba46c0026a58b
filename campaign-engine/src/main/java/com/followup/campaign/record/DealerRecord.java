package com.followup.campaign.record;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One version of a dealer's record, normalized: the phone in E.164, the event as an instant, the
 * customer's zone with its source. What the ingest hands to follow-up planning.
 *
 * @param id the engine's id of the record (stable across versions)
 * @param version 1 for a new record, +1 for each changed re-upload
 */
public record DealerRecord(
    long id,
    int version,
    String dealerCode,
    String recordId,
    RecordType type,
    Instant eventTime,
    String customerName,
    String phone,
    @Nullable String product,
    @Nullable String serialNumber,
    List<String> parts,
    ZoneId zone,
    ZoneSource zoneSource) {

  public DealerRecord {
    if (id <= 0 || version <= 0) {
      throw new IllegalArgumentException("id and version must be positive");
    }
    Objects.requireNonNull(dealerCode, "dealerCode");
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(eventTime, "eventTime");
    Objects.requireNonNull(customerName, "customerName");
    if (phone == null || !phone.startsWith("+")) {
      throw new IllegalArgumentException("phone must be E.164");
    }
    parts = List.copyOf(parts);
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(zoneSource, "zoneSource");
  }
}
