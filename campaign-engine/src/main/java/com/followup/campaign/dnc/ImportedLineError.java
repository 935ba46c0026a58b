package com.followup.campaign.dnc;

import io.micronaut.serde.annotation.Serdeable;

/** Why one line of a do-not-call import was not added: its physical line (first line = 1). */
@Serdeable
public record ImportedLineError(long line, String message) {}
