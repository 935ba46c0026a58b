package com.followup.admin.console.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private final MovableClock clock = new MovableClock();
  private final SignInThrottle throttle = new SignInThrottle(clock);

  @Test
  void five_failures_for_one_name_refuse_it_for_the_rest_of_fifteen_minutes() {
    for (int i = 0; i < 5; i++) {
      assertThat(throttle.refusal("ann", "10.0.0.1")).isEmpty();
      throttle.failed("ann", "10.0.0.1");
    }

    assertThat(throttle.refusal("ANN", "10.0.0.9"))
        .hasValueSatisfying(wait -> assertThat(wait).isEqualTo(Duration.ofMinutes(15)));
    clock.move(Duration.ofMinutes(15));
    assertThat(throttle.refusal("ann", "10.0.0.1")).isEmpty();
  }

  @Test
  void an_address_that_failed_twenty_times_is_refused_its_failed_names_but_lets_others_sign_in() {
    for (int i = 0; i < 20; i++) {
      throttle.failed("guess-" + i, "10.0.0.1");
    }

    assertThat(throttle.refusal("guess-3", "10.0.0.1")).isPresent();
    assertThat(throttle.refusal("bob", "10.0.0.1")).isEmpty();
    assertThat(throttle.refusal("guess-3", "10.0.0.2")).isEmpty();
  }

  @Test
  void a_successful_sign_in_clears_the_names_failures() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("ann", "10.0.0.1");
    }
    throttle.succeeded("ann");
    throttle.failed("ann", "10.0.0.1");

    assertThat(throttle.refusal("ann", "10.0.0.1")).isEmpty();
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-12-01T09:00:00Z");

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
