package com.followup.dialer.calls;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * One thing that happened to a call, in the order it happened.
 *
 * @param type PLACED, RINGING, ANSWERED, ANNOUNCEMENT_PLAYED, BRIDGED, ABANDONED, ENDED or OUTCOME
 * @param detail what goes with it: who answered (a person or a machine), the announcement said, the
 *     agent, the outcome or the reason a call failed
 */
public record CallStep(String type, Instant at, @Nullable String detail) {}
