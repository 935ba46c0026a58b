package com.followup.campaign.ingest;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * What an upload did, as the dealer sees it. {@code errors} lists at most the first thousand
 * rejected-row problems; {@code errorCount} counts them all (each is kept and can be paged).
 */
@Serdeable
public record UploadSummary(
    String uploadId,
    String dealerCode,
    String format,
    String uploadedBy,
    Instant startedAt,
    Instant finishedAt,
    int received,
    int accepted,
    int updated,
    int duplicates,
    int rejected,
    int errorCount,
    List<RowError> errors) {}
