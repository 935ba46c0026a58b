package com.followup.admin.forecast;

import com.followup.admin.console.ConsoleSettings;
import com.followup.campaign.forecast.CallableFollowUps;
import com.followup.dialer.figures.CallMeasures;
import com.followup.dialer.figures.MeasuredCalls;
import com.followup.dialer.figures.Roster;
import com.followup.dialer.figures.Rosters;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Forecasts staffing: the campaign engine answers for its pending follow-ups, the dialer for the
 * answer rate, handle time and roster it measured; the arithmetic is {@link StaffingForecast}.
 */
@Singleton
public class Forecasts {

  /** The longest forecast: a month of hours. */
  public static final int MAX_DAYS = 31;

  private final CallableFollowUps followUps;
  private final MeasuredCalls calls;
  private final Rosters rosters;
  private final ForecastSettings settings;
  private final ConsoleSettings centre;
  private final Clock clock;

  Forecasts(
      CallableFollowUps followUps,
      MeasuredCalls calls,
      Rosters rosters,
      ForecastSettings settings,
      ConsoleSettings centre,
      Clock clock) {
    this.followUps = followUps;
    this.calls = calls;
    this.rosters = rosters;
    this.settings = settings;
    this.centre = centre;
    this.clock = clock;
  }

  /**
   * The forecast for {@code days} days from the current hour; {@code agents} replaces today's
   * roster (a what-if) when given.
   */
  public Forecast forDays(int days, @Nullable Integer agents) {
    if (days < 1 || days > MAX_DAYS) {
      throw new IllegalArgumentException("days must be 1 to " + MAX_DAYS);
    }
    if (agents != null && (agents < 0 || agents > 100_000)) {
      throw new IllegalArgumentException("agents must be 0 to 100000");
    }
    Instant now = clock.instant();
    Instant from = now.truncatedTo(ChronoUnit.HOURS);
    int hours = days * 24;
    Instant measuredFrom = now.minus(settings.measureOver());
    CallMeasures measured = calls.between(measuredFrom, now);
    Forecast.Basis basis =
        new Forecast.Basis(
            measuredFrom,
            measured.dials(),
            measured.answerRate() == null || measured.personAnswers() == 0
                ? settings.defaultAnswerRate()
                : measured.answerRate(),
            measured.averageHandleSeconds() == null || measured.averageHandleSeconds() <= 0
                ? settings.defaultHandleTime().toMillis() / 1e3
                : measured.averageHandleSeconds(),
            settings.answerWithin().toMillis() / 1e3,
            settings.serviceLevel());
    Roster today =
        rosters.since(
            now.atZone(centre.zone()).toLocalDate().atStartOfDay(centre.zone()).toInstant());
    StaffingForecast.Roster roster =
        new StaffingForecast.Roster(
            agents == null ? today.workedToday() : agents,
            agents == null ? "TODAY" : "ASKED",
            today.loggedIn(),
            today.workedToday(),
            today.known());
    return StaffingForecast.of(
        followUps.before(from, from.plus(Duration.ofHours(hours))), from, hours, basis, roster);
  }
}
