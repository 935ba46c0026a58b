package com.followup.campaign.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.campaign.timeline.TimelineStep;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A step's window counted in calendar days in the customer's zone. */
class StepWindowTest {

  static final TimelineStep WITHIN_3 = new TimelineStep(1, 0, 3, 6);
  static final TimelineStep DAYS_10_TO_30 = new TimelineStep(3, 10, 30, 6);

  @Test
  void days_carry_across_a_month_end_and_a_leap_day() {
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    // 2028-02-27 10:00 in Shanghai; 2028 is a leap year
    StepWindow window = StepWindow.of(Instant.parse("2028-02-27T02:00:00Z"), shanghai, WITHIN_3);

    assertThat(window.deadline()).isEqualTo(Instant.parse("2028-03-01T02:00:00Z"));
    assertThat(StepWindow.of(Instant.parse("2026-01-31T02:00:00Z"), shanghai, DAYS_10_TO_30))
        .isEqualTo(
            new StepWindow(
                Instant.parse("2026-02-10T02:00:00Z"), Instant.parse("2026-03-02T02:00:00Z")));
  }

  @Test
  void a_deadline_across_a_daylight_saving_change_keeps_its_local_time() {
    ZoneId newYork = ZoneId.of("America/New_York");
    // Saturday 2026-03-07 10:00 EST (UTC-5); clocks go forward on the 8th
    StepWindow spring = StepWindow.of(Instant.parse("2026-03-07T15:00:00Z"), newYork, WITHIN_3);
    // Saturday 2026-10-31 10:00 EDT (UTC-4); clocks go back on 1 November
    StepWindow autumn = StepWindow.of(Instant.parse("2026-10-31T14:00:00Z"), newYork, WITHIN_3);

    assertThat(spring.deadline()).isEqualTo(Instant.parse("2026-03-10T14:00:00Z")); // 10:00 EDT
    assertThat(autumn.deadline()).isEqualTo(Instant.parse("2026-11-03T15:00:00Z")); // 10:00 EST
  }
}
