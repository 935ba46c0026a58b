package com.followup.campaign.ingest;

import com.followup.campaign.record.RecordType;
import com.followup.campaign.record.ZoneSource;
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
    long contentHash) {}
