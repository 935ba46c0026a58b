package com.followup.campaign.dnc;

import com.followup.campaign.timeline.StepChannel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A number's opt-out of one automated channel.
 *
 * @param source what opted it out: {@code SMS_REPLY} (STOP), {@code CARRIER} (Twilio's 21610),
 *     {@code SURVEY}, {@code CENTRE}
 */
@Serdeable
public record OptOut(
    String phone,
    StepChannel channel,
    String source,
    @Nullable String reason,
    Instant optedOutAt) {}
