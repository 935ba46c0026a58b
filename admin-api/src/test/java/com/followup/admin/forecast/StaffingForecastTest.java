package com.followup.admin.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.campaign.forecast.CallableGroup;
import com.followup.campaign.timeline.CallingRules;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The forecast's arithmetic against cases worked out by hand. */
class StaffingForecastTest {

  private static final Instant FROM = Instant.parse("2026-12-01T00:00:00Z");
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai"); // UTC+8, no DST
  // calls 09:00-21:00 in Shanghai = 01:00-13:00 UTC
  private static final CallingRules RULES =
      new CallingRules(LocalTime.of(9, 0), LocalTime.of(21, 0), List.of(), 3, 3, Map.of());

  private static Forecast.Basis basis(double answerRate) {
    return new Forecast.Basis(FROM.minus(Duration.ofDays(30)), 1000, answerRate, 180, 2, 0.97);
  }

  private static StaffingForecast.Roster roster(int agents) {
    return new StaffingForecast.Roster(agents, "ASKED", agents, agents, agents);
  }

  private static CallableGroup group(int hour, int deadlineHour, int attempts, long count) {
    return new CallableGroup(
        "after-purchase",
        1,
        SHANGHAI,
        FROM.plus(Duration.ofHours(hour)),
        FROM.plus(Duration.ofHours(deadlineHour)),
        attempts,
        count,
        RULES,
        Duration.ofHours(1));
  }

  @Test
  void a_hundred_steps_due_in_one_hour_at_three_minutes_each_need_eleven_agents() {
    // 100 steps callable 03:00 UTC (11:00 in Shanghai), everyone answers, 180 s handle time:
    // A = 100 * 180 / 3600 = 5 Erlangs. Target: 97 % get an agent within 2 s.
    // Erlang C(10, 5) = 0.0361 -> 1 - 0.0361 e^(-(10-5)*2/180) = 96.58 % (short);
    // Erlang C(11, 5) = 0.0151 -> 1 - 0.0151 e^(-(11-5)*2/180) = 98.59 %: 11 agents.
    Forecast forecast =
        StaffingForecast.of(List.of(group(3, 48, 1, 100)), FROM, 24, basis(1.0), roster(11));

    ForecastHour hour = forecast.hours().get(3);
    assertThat(hour.start()).isEqualTo(Instant.parse("2026-12-01T03:00:00Z"));
    assertThat(hour.due()).isEqualTo(100);
    assertThat(hour.connects()).isEqualTo(100.0);
    assertThat(hour.agentsNeeded()).isEqualTo(11);
    assertThat(forecast.hours().get(2).agentsNeeded()).isZero();
    assertThat(forecast.peakAgentsNeeded()).isEqualTo(11);
    assertThat(forecast.pendingFollowUps()).isEqualTo(100);
    assertThat(forecast.missedWithRoster()).isZero();
  }

  @Test
  void unanswered_attempts_come_back_an_hour_later_at_the_answer_rate() {
    // 100 follow-ups at 03:00 with 3 attempts and half answering: 100 dials at 03:00 (50
    // connects), 50 retries at 04:00 (25), 25 at 05:00 (12.5), nothing after.
    Forecast forecast =
        StaffingForecast.of(List.of(group(3, 48, 3, 100)), FROM, 24, basis(0.5), roster(20));

    assertThat(forecast.hours().subList(3, 7))
        .extracting(ForecastHour::due, ForecastHour::connects)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(100L, 50.0),
            org.assertj.core.groups.Tuple.tuple(50L, 25.0),
            org.assertj.core.groups.Tuple.tuple(25L, 12.5),
            org.assertj.core.groups.Tuple.tuple(0L, 0.0));
  }

  @Test
  void follow_ups_callable_at_night_wait_for_the_customers_morning() {
    // 22:00 UTC is 06:00 in Shanghai: their first attempt is at 01:00 UTC (09:00 local).
    Forecast forecast =
        StaffingForecast.of(List.of(group(22, 60, 1, 40)), FROM, 48, basis(1.0), roster(20));

    assertThat(forecast.hours().get(22).due()).isZero();
    assertThat(forecast.hours().get(25).due()).isEqualTo(40);
  }

  @Test
  void without_agents_every_step_whose_window_closes_in_the_forecast_is_missed_in_its_hour() {
    // 30 steps callable 03:00 whose windows close at 05:00; none reached with nobody on the floor
    Forecast forecast =
        StaffingForecast.of(List.of(group(3, 5, 1, 30)), FROM, 24, basis(1.0), roster(0));

    assertThat(forecast.hours().get(5).missedWithRoster()).isEqualTo(30);
    assertThat(forecast.missedWithRoster()).isEqualTo(30);
    assertThat(forecast.missed())
        .containsExactly(
            new MissedSteps(Instant.parse("2026-12-01T05:00:00Z"), "after-purchase", 1, 30));
  }

  @Test
  void a_short_roster_misses_only_what_it_cannot_carry_before_the_window_closes() {
    // One agent carries at most the load where Erlang C meets 97 % in 2 s: C(1, A) = A, so
    // 1 - A e^(-(1-A)/90) = 0.97 gives A ~ 0.0303 Erlang ~ 0.606 calls an hour of 180 s. 10 steps
    // callable 03:00 closing at 05:00 (hours 3, 4, 5 to work): ~1.8 reached, 8 missed.
    Forecast forecast =
        StaffingForecast.of(List.of(group(3, 5, 1, 10)), FROM, 24, basis(1.0), roster(1));

    assertThat(forecast.roster().connectsPerHour()).isEqualTo(0.6);
    assertThat(forecast.missedWithRoster()).isEqualTo(8);
  }
}
