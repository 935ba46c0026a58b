package com.followup.sla.timer;

import java.time.Instant;

/**
 * A running target used up its policy's warning share (75 % by default) of the allowed time.
 * Published through Micronaut's {@code ApplicationEventPublisher} once per target.
 */
public record SlaWarning(long ticketId, String target, Instant dueAt, Instant warnedAt) {}
