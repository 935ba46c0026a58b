package com.followup.campaign.ingest;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Record upload tuning.
 *
 * @param batchSize rows parsed, validated and written together (FOLLOWUP_INGEST_BATCH_SIZE)
 * @param errorsInSummary rejected-row errors listed in an upload summary; all are stored
 */
@ConfigurationProperties("followup.ingest")
public record IngestSettings(
    @Bindable(defaultValue = "10000") int batchSize,
    @Bindable(defaultValue = "1000") int errorsInSummary) {}
