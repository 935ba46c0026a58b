package com.followup.admin.console.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A signed-in console session as stored: the cookie token's hash, never the token itself. */
@MappedEntity("console_session")
record ConsoleSession(
    @Id String tokenHash,
    String username,
    String csrfToken,
    String activeRole,
    @Nullable String zone,
    Instant createdAt,
    Instant lastSeenAt,
    Instant idleUntil,
    Instant endsAt) {

  boolean liveAt(Instant now) {
    return now.isBefore(idleUntil) && now.isBefore(endsAt);
  }
}
