package com.followup.campaign.dispatch;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A number nobody may call: E.164, why, who added it and when. */
@Serdeable
public record DoNotCallEntry(String phone, String reason, String addedBy, Instant addedAt) {}
