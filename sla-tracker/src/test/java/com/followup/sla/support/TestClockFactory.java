package com.followup.sla.support;

import com.followup.campaign.time.SettableClock;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Instant;

@Factory
class TestClockFactory {

  @Singleton
  SettableClock clock() {
    return new SettableClock(Instant.parse("2026-11-20T01:00:00Z"));
  }
}
