package com.followup.campaign.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.campaign.timeline.CallingRules;
import com.followup.campaign.timeline.TimelineStep;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallingWindowTest {

  static final CallingRules NINE_TO_EIGHT =
      new CallingRules(
          LocalTime.of(9, 0),
          LocalTime.of(20, 0),
          List.of(LocalDate.of(2026, 12, 25)),
          3,
          6,
          Map.of());

  @Test
  void a_call_waits_for_calling_hours_in_the_customers_own_zone() {
    Instant shanghaiMorning = Instant.parse("2026-11-20T00:30:00Z"); // 08:30 Shanghai, 06:30 Urumqi

    assertThat(CallingWindow.earliest(shanghaiMorning, ZoneId.of("Asia/Shanghai"), NINE_TO_EIGHT))
        .isEqualTo(Instant.parse("2026-11-20T01:00:00Z"));
    assertThat(CallingWindow.earliest(shanghaiMorning, ZoneId.of("Asia/Urumqi"), NINE_TO_EIGHT))
        .isEqualTo(Instant.parse("2026-11-20T03:00:00Z"));
    assertThat(
            CallingWindow.earliest(
                Instant.parse("2026-11-20T18:00:00Z"), ZoneId.of("America/Phoenix"), NINE_TO_EIGHT))
        .isEqualTo(Instant.parse("2026-11-20T18:00:00Z"));
  }

  @Test
  void after_hours_and_on_holidays_the_call_moves_to_the_next_calling_morning() {
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");

    assertThat(
            CallingWindow.earliest(Instant.parse("2026-11-20T12:30:00Z"), shanghai, NINE_TO_EIGHT))
        .isEqualTo(Instant.parse("2026-11-21T01:00:00Z"));
    assertThat(
            CallingWindow.earliest(Instant.parse("2026-12-24T13:00:00Z"), shanghai, NINE_TO_EIGHT))
        .isEqualTo(Instant.parse("2026-12-26T01:00:00Z"));
  }

  @Test
  void deadlines_count_calendar_days_across_month_ends_and_daylight_saving_changes() {
    TimelineStep thirtyDays = new TimelineStep(1, 0, 30, 3);
    ZoneId newYork = ZoneId.of("America/New_York");

    StepWindow acrossDst =
        StepWindow.of(Instant.parse("2026-10-20T14:00:00Z"), newYork, thirtyDays);
    StepWindow acrossMonth =
        StepWindow.of(
            Instant.parse("2027-01-31T02:00:00Z"), ZoneId.of("Asia/Shanghai"), thirtyDays);

    // 10:00 EDT on Oct 20 is 10:00 EST on Nov 19: 30 local days, 30 days and an hour of instants
    assertThat(acrossDst.deadline()).isEqualTo(Instant.parse("2026-11-19T15:00:00Z"));
    assertThat(acrossMonth.deadline()).isEqualTo(Instant.parse("2027-03-02T02:00:00Z"));
  }
}
