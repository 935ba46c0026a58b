package com.followup.sla.policy;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One saved version of a policy, with who saved it and when ({@code system} for version 1). */
@Serdeable
public record PolicyVersion(SlaPolicy policy, Instant createdAt, String createdBy) {

  public int version() {
    return policy.version();
  }
}
