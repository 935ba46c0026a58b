package com.followup.sla.breach;

import java.time.Instant;

/** A ticket's target that passed its deadline, as the due loop hands it to the ledger. */
public record TargetBreach(
    long ticketId,
    String ticketType,
    String target,
    int policyVersion,
    String department,
    String dealerCode,
    String owner,
    Instant breachedAt) {}
