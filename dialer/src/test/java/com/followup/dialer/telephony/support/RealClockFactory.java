package com.followup.dialer.telephony.support;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The application's clock (admin-api's ClockFactory) for the dialer's tests: real time. */
@Factory
class RealClockFactory {

  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
