package com.followup.campaign.dispatch;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One step of one record under a draft timeline.
 *
 * @param dueAt when it would first be released to the dial queue; null when it never would
 * @param heldBy the rule that holds it back from its window's opening (null: due as soon as the
 *     window opens), or that ends it (DEADLINE_PASSED, DO_NOT_CALL)
 */
@Serdeable
public record DryRunItem(
    String dealerCode,
    String recordId,
    int step,
    Instant windowStart,
    Instant deadline,
    @Nullable Instant dueAt,
    @Nullable String heldBy) {}
