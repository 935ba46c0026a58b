package com.followup.campaign.ingest;

import com.followup.campaign.record.DealerRecord;
import java.util.List;

/** Turns a stored row into the record handed to follow-up planning. */
final class Records {

  private Records() {}

  static DealerRecord toRecord(long id, int version, String dealer, NormalizedRow row) {
    return new DealerRecord(
        id,
        version,
        dealer,
        row.recordId(),
        row.type(),
        row.eventTime(),
        row.customerName(),
        row.phone(),
        row.product(),
        row.serialNumber(),
        row.parts() == null ? List.of() : List.of(row.parts().split(";")),
        row.zone(),
        row.zoneSource());
  }
}
