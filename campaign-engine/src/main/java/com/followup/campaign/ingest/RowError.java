package com.followup.campaign.ingest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Why a row was rejected: its physical line (header = line 1), the column, and a message a dealer
 * understands.
 */
@Serdeable
public record RowError(long line, @Nullable String column, String message) {}
