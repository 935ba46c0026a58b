package com.followup.campaign.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.campaign.followup.FollowUpStatus;
import com.followup.campaign.timeline.CallingRules;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The gate's rules in the customer's own zone, whatever the dealer's. */
class ComplianceGateTest {

  static final CallingRules RULES =
      new CallingRules(
          LocalTime.of(9, 0),
          LocalTime.of(20, 0),
          List.of(LocalDate.of(2026, 11, 26)),
          3,
          6,
          Map.of());
  static final ContactFacts CLEAR = new ContactFacts(false, 0);

  private final ComplianceGate gate = new ComplianceGate(Duration.ofHours(1));

  private static DueFollowUp followUp(String zone, int attempts) {
    return new DueFollowUp(
        1,
        "D",
        1,
        "purchase",
        1,
        1,
        "+8613812345678",
        zone,
        Instant.parse("2026-11-01T00:00:00Z"),
        Instant.parse("2026-12-31T00:00:00Z"),
        null,
        FollowUpStatus.SCHEDULED,
        attempts,
        null,
        null,
        null,
        6,
        RULES);
  }

  private Verdict at(String zone, String instant) {
    return gate.check(followUp(zone, 0), CLEAR, Instant.parse(instant));
  }

  @Test
  void a_shanghai_dealers_customer_in_urumqi_is_called_in_urumqi_hours() {
    // 09:30 in Shanghai is 07:30 in Urumqi: wait until 09:00 there
    assertThat(at("Asia/Urumqi", "2026-11-20T01:30:00Z"))
        .isEqualTo(
            new Verdict.Wait(
                Instant.parse("2026-11-20T03:00:00Z"), HoldRule.OUTSIDE_CALLING_HOURS));
    assertThat(at("Asia/Shanghai", "2026-11-20T01:30:00Z")).isEqualTo(new Verdict.Dial());
  }

  @Test
  void a_customer_abroad_and_one_in_arizona_are_called_in_their_own_hours() {
    assertThat(at("Europe/Berlin", "2026-11-20T08:30:00Z")).isEqualTo(new Verdict.Dial());
    // Arizona keeps standard time all year: 09:00 there is 16:00 UTC in summer and winter
    assertThat(at("America/Phoenix", "2026-07-20T15:59:00Z"))
        .isEqualTo(
            new Verdict.Wait(
                Instant.parse("2026-07-20T16:00:00Z"), HoldRule.OUTSIDE_CALLING_HOURS));
    assertThat(at("America/Phoenix", "2026-11-20T15:59:00Z")).isInstanceOf(Verdict.Wait.class);
    assertThat(at("America/Phoenix", "2026-11-20T16:00:00Z")).isEqualTo(new Verdict.Dial());
  }

  @Test
  void calling_hours_follow_a_daylight_saving_change() {
    // New York left daylight saving on 2026-11-01: 09:00 local was 13:00 UTC, now 14:00 UTC
    assertThat(at("America/New_York", "2026-10-31T13:00:00Z")).isEqualTo(new Verdict.Dial());
    assertThat(at("America/New_York", "2026-11-02T13:00:00Z"))
        .isEqualTo(
            new Verdict.Wait(
                Instant.parse("2026-11-02T14:00:00Z"), HoldRule.OUTSIDE_CALLING_HOURS));
  }

  @Test
  void nobody_is_called_on_a_holiday_and_the_call_moves_to_the_next_working_morning() {
    assertThat(at("Asia/Shanghai", "2026-11-26T03:00:00Z"))
        .isEqualTo(new Verdict.Wait(Instant.parse("2026-11-27T01:00:00Z"), HoldRule.HOLIDAY));
  }

  @Test
  void an_unknown_zone_is_never_dialed() {
    assertThat(at("Mars/Olympus", "2026-11-20T03:00:00Z"))
        .isEqualTo(new Verdict.Wait(Instant.parse("2026-11-20T04:00:00Z"), HoldRule.UNKNOWN_ZONE));
  }

  @Test
  void do_not_call_and_limits_come_before_calling_hours() {
    Instant noon = Instant.parse("2026-11-20T04:00:00Z");
    assertThat(gate.check(followUp("Asia/Shanghai", 0), new ContactFacts(true, 0), noon))
        .isEqualTo(new Verdict.Cancel(HoldRule.DO_NOT_CALL));
    assertThat(gate.check(followUp("Asia/Shanghai", 6), CLEAR, noon))
        .isEqualTo(new Verdict.Miss(HoldRule.ATTEMPT_LIMIT));
    assertThat(gate.check(followUp("Asia/Shanghai", 3), new ContactFacts(false, 3), noon))
        .isEqualTo(new Verdict.Wait(Instant.parse("2026-11-21T01:00:00Z"), HoldRule.DAILY_LIMIT));
    assertThat(
            gate.check(followUp("Asia/Shanghai", 0), CLEAR, Instant.parse("2027-01-01T04:00:00Z")))
        .isEqualTo(new Verdict.Miss(HoldRule.DEADLINE_PASSED));
  }
}
