package com.followup.dialer.telephony.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.campaign.time.SettableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DialRateTest {

  @Test
  void five_calls_at_two_per_second_take_two_seconds_and_the_first_goes_at_once() throws Exception {
    Instant start = Instant.parse("2026-11-20T01:00:00Z");
    SettableClock clock = new SettableClock(start);
    DialRate rate = new DialRate(clock, 2, clock::advance);

    rate.acquire();
    assertThat(clock.instant()).isEqualTo(start);
    for (int i = 0; i < 4; i++) {
      rate.acquire();
    }

    assertThat(Duration.between(start, clock.instant())).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void a_quiet_spell_saves_up_no_burst() throws Exception {
    Instant start = Instant.parse("2026-11-20T01:00:00Z");
    SettableClock clock = new SettableClock(start);
    DialRate rate = new DialRate(clock, 1, clock::advance);

    rate.acquire();
    clock.advance(Duration.ofMinutes(1));
    Instant afterQuiet = clock.instant();
    rate.acquire();
    rate.acquire();

    assertThat(Duration.between(afterQuiet, clock.instant())).isEqualTo(Duration.ofSeconds(1));
  }
}
