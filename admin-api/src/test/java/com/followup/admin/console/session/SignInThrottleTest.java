package com.followup.admin.console.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The throttle's rules on its real table, two instances sharing it, time moved by hand. */
@MicronautTest(transactional = false)
class SignInThrottleTest {

  private static final SignInLimits DEFAULTS = new SignInLimits(5, 20, Duration.ofMinutes(15));

  @Inject SignInFailureRows rows;

  private final MovableClock clock = new MovableClock();
  private final String ann = "ann-" + UUID.randomUUID();
  private final String address = "10." + (int) (Math.random() * 250) + ".0." + unique();

  private SignInThrottle instance() {
    return new SignInThrottle(clock, rows, DEFAULTS);
  }

  private static int unique() {
    return 1 + (int) (Math.random() * 250);
  }

  @Test
  void five_failures_for_one_name_refuse_it_for_the_rest_of_fifteen_minutes() {
    SignInThrottle throttle = instance();
    for (int i = 0; i < 5; i++) {
      assertThat(throttle.refusal(ann, address)).isEmpty();
      throttle.failed(ann, address);
    }

    assertThat(throttle.refusal(ann.toUpperCase(), "10.0.0.9"))
        .hasValueSatisfying(wait -> assertThat(wait).isEqualTo(Duration.ofMinutes(15)));
    clock.move(Duration.ofMinutes(15));
    assertThat(throttle.refusal(ann, address)).isEmpty();
  }

  @Test
  void failures_counted_on_one_instance_refuse_the_name_on_another() {
    SignInThrottle first = instance();
    SignInThrottle second = instance();
    for (int i = 0; i < 3; i++) {
      first.failed(ann, address);
    }
    for (int i = 0; i < 2; i++) {
      second.failed(ann, address);
    }

    assertThat(first.refusal(ann, address)).isPresent();
    assertThat(second.refusal(ann, address)).isPresent();
  }

  @Test
  void an_address_that_failed_twenty_times_is_refused_its_failed_names_but_lets_others_sign_in() {
    SignInThrottle throttle = instance();
    for (int i = 0; i < 20; i++) {
      throttle.failed(ann + "-guess-" + i, address);
    }

    assertThat(throttle.refusal(ann + "-guess-3", address)).isPresent();
    assertThat(throttle.refusal(ann + "-bob", address)).isEmpty();
    assertThat(throttle.refusal(ann + "-guess-3", "10.255.255.1")).isEmpty();
  }

  @Test
  void a_successful_sign_in_clears_the_names_failures() {
    SignInThrottle throttle = instance();
    for (int i = 0; i < 4; i++) {
      throttle.failed(ann, address);
    }
    throttle.succeeded(ann);
    throttle.failed(ann, address);

    assertThat(throttle.refusal(ann, address)).isEmpty();
  }

  @Test
  void a_name_of_thousands_of_characters_is_counted_without_failing() {
    SignInThrottle throttle = instance();
    String huge = ann + "x".repeat(5_000);
    for (int i = 0; i < 5; i++) {
      throttle.failed(huge, address);
    }

    assertThat(throttle.refusal(huge, address)).isPresent();
  }

  @Test
  void limits_come_from_configuration() {
    SignInThrottle strict =
        new SignInThrottle(clock, rows, new SignInLimits(2, 20, Duration.ofMinutes(1)));
    strict.failed(ann, address);
    assertThat(strict.refusal(ann, address)).isEmpty();
    strict.failed(ann, address);

    assertThat(strict.refusal(ann, address))
        .hasValueSatisfying(wait -> assertThat(wait).isEqualTo(Duration.ofMinutes(1)));
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-12-01T09:00:00Z").plusSeconds(unique() * 86_400L);

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
