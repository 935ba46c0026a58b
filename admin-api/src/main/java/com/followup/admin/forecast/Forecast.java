package com.followup.admin.forecast;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * The staffing forecast: for each hour of the coming days the dial attempts that fall due and the
 * agents needed, and the steps today's roster would miss.
 *
 * @param from the first hour's start (the current hour)
 * @param until the end of the last hour
 * @param basis the measured figures the forecast rests on
 * @param roster the roster the missed steps are played with
 * @param pendingFollowUps pending follow-ups callable within the forecast
 * @param peakAgentsNeeded the largest {@code agentsNeeded} of any hour
 * @param missedWithRoster all steps the roster would miss within the forecast
 * @param hours every hour in order
 * @param missed the missed steps by hour, campaign and step
 */
@Serdeable
public record Forecast(
    Instant from,
    Instant until,
    Basis basis,
    RosterUsed roster,
    long pendingFollowUps,
    int peakAgentsNeeded,
    long missedWithRoster,
    List<ForecastHour> hours,
    List<MissedSteps> missed) {

  /**
   * What was measured and aimed at.
   *
   * @param measuredFrom start of the measuring period (it ends now)
   * @param dials dials in that period
   * @param answerRate person answers per dial (the default while {@code dials} is 0)
   * @param averageHandleSeconds talk + wrap-up per handled call (the default without one)
   * @param answerWithinSeconds a connected customer must get an agent within this
   * @param serviceLevel share of connected calls that must meet it
   */
  @Serdeable
  public record Basis(
      Instant measuredFrom,
      long dials,
      double answerRate,
      double averageHandleSeconds,
      double answerWithinSeconds,
      double serviceLevel) {}

  /**
   * The roster the missed steps assume.
   *
   * @param agents agents assumed on the floor every hour
   * @param source {@code TODAY} (agents logged in now or at any moment today) or {@code ASKED}
   * @param loggedIn agents logged in now
   * @param workedToday agents logged in at some moment today
   * @param known agents the dialer knows
   * @param connectsPerHour connected calls that roster takes per hour at the service target
   */
  @Serdeable
  public record RosterUsed(
      int agents,
      String source,
      int loggedIn,
      int workedToday,
      int known,
      double connectsPerHour) {}
}
