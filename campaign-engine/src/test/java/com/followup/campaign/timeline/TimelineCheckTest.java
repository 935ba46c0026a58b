package com.followup.campaign.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The problems a draft timeline is refused for, each named with its field. */
@MicronautTest(transactional = false)
class TimelineCheckTest {

  @Inject CampaignTimelines timelines;
  @Inject DataSource dataSource;

  private static String code() {
    return "t-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static CallingRules rules(LocalDate... holidays) {
    return new CallingRules(
        LocalTime.of(9, 0), LocalTime.of(20, 0), List.of(holidays), 3, 6, Map.of("BUSY", 30));
  }

  private static CampaignTimeline draft(String code, CallingRules rules, TimelineStep... steps) {
    return new CampaignTimeline(code, 0, "Draft", "PURCHASE", List.of(steps), rules, null, null);
  }

  private static List<TimelineProblem> problems(ThrowingCallable refused) {
    try {
      refused.call();
    } catch (InvalidTimeline invalid) {
      return invalid.problems();
    } catch (Throwable other) {
      throw new AssertionError("refused with " + other, other);
    }
    throw new AssertionError("accepted");
  }

  @Test
  void a_step_that_opens_before_the_one_before_it_ends_is_refused_at_its_opening_field() {
    String code = code();
    CampaignTimeline overlapping =
        draft(code, rules(), new TimelineStep(1, 0, 5, 3), new TimelineStep(2, 3, 10, 3));

    assertThat(TimelineCheck.problems(overlapping))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("steps.2.opensAfterDays");
              assertThat(p.code()).isEqualTo("stepsOverlap");
              assertThat(p.args()).containsExactly("2", "3", "1", "5");
              assertThat(p.message())
                  .contains("step 2 opens on day 3, before step 1 ends on day 5");
            });
    assertThatThrownBy(() -> timelines.revise(overlapping, "manager"))
        .isInstanceOf(InvalidTimeline.class);
    assertThat(timelines.current(code)).isEmpty();
    assertThat(
            TimelineCheck.problems(
                draft(code, rules(), new TimelineStep(1, 0, 3, 3), new TimelineStep(2, 3, 10, 3))))
        .isEmpty();
  }

  @Test
  void holidays_in_a_row_as_long_as_a_steps_window_are_refused_one_day_fewer_pass() {
    LocalDate christmasEve = LocalDate.of(2027, 12, 24);
    TimelineStep threeDays = new TimelineStep(1, 0, 3, 3);
    TimelineStep twentyDays = new TimelineStep(2, 10, 30, 3);

    List<TimelineProblem> blocked =
        TimelineCheck.problems(
            draft(
                code(),
                rules(christmasEve.plusDays(2), christmasEve, christmasEve.plusDays(1)),
                threeDays,
                twentyDays));

    assertThat(blocked)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("callingRules.holidays");
              assertThat(p.code()).isEqualTo("holidaysBlockWindow");
              assertThat(p.args()).containsExactly("2027-12-24", "2027-12-26", "1", "3");
            });
    assertThat(
            TimelineCheck.problems(
                draft(
                    code(),
                    rules(christmasEve, christmasEve.plusDays(1), christmasEve.plusDays(3)),
                    threeDays,
                    twentyDays)))
        .isEmpty();
  }

  @Test
  void every_problem_of_a_part_is_named_at_once_with_its_field() {
    List<TimelineProblem> rules =
        problems(
            () ->
                new CallingRules(
                    LocalTime.of(20, 0),
                    LocalTime.of(20, 0),
                    List.of(),
                    0,
                    6,
                    Map.of("RAIN", 5, "BUSY", 0)));
    List<TimelineProblem> step = problems(() -> new TimelineStep(2, 5, 4, 0));

    assertThat(rules)
        .extracting(TimelineProblem::field, TimelineProblem::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "callingRules.callingUntil", "callingHoursNeverOpen"),
            org.assertj.core.groups.Tuple.tuple("callingRules.maxAttemptsPerDay", "attemptsPerDay"),
            org.assertj.core.groups.Tuple.tuple(
                "callingRules.retryAfterMinutes", "retryUnknownOutcome"),
            org.assertj.core.groups.Tuple.tuple(
                "callingRules.retryAfterMinutes.BUSY", "retryTooShort"));
    assertThat(step)
        .extracting(TimelineProblem::field)
        .containsExactly("steps.2.deadlineDays", "steps.2.maxAttempts");
    assertThat(problems(() -> draft("purchase", null, new TimelineStep(1, 0, 3, 1))))
        .extracting(TimelineProblem::field)
        .containsExactly("callingRules");
  }

  @Test
  void a_stored_version_from_before_the_overlap_rule_still_reads() throws Exception {
    String code = code();
    String definition =
        "{\"code\":\""
            + code
            + "\",\"version\":1,\"name\":\"Old\",\"recordType\":\"PURCHASE\",\"steps\":["
            + "{\"step\":1,\"opensAfterDays\":0,\"deadlineDays\":5,\"maxAttempts\":3},"
            + "{\"step\":2,\"opensAfterDays\":2,\"deadlineDays\":9,\"maxAttempts\":3}],"
            + "\"callingRules\":{\"callingFrom\":\"09:00\",\"callingUntil\":\"20:00\","
            + "\"maxAttemptsPerDay\":1,\"maxAttemptsTotal\":2}}";
    try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO campaign_version (code, version, definition, created_at, created_by)"
                    + " VALUES (?, 1, ?, NOW(3), 'old')")) {
      insert.setString(1, code);
      insert.setString(2, definition);
      insert.executeUpdate();
    }

    assertThat(timelines.current(code)).get().extracting(t -> t.steps().size()).isEqualTo(2);
    assertThat(timelines.history(code)).extracting(CampaignTimeline::version).containsExactly(1);
  }
}
