package com.followup.admin.forecast;

import com.followup.campaign.forecast.CallableGroup;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The forecast's arithmetic, without I/O: expected attempts per hour, Erlang C agents for each
 * hour's connects, and the roster's play for the missed steps.
 */
final class StaffingForecast {

  private StaffingForecast() {}

  static Forecast of(
      List<CallableGroup> groups, Instant from, int hours, Forecast.Basis basis, Roster roster) {
    double handle = basis.averageHandleSeconds();
    double within = basis.answerWithinSeconds();
    double target = basis.serviceLevel();
    ExpectedAttempts attempts = new ExpectedAttempts(groups, from, hours, basis.answerRate());
    double perHour = ErlangC.maxErlangs(roster.agents(), handle, within, target) * 3600 / handle;
    RosterSimulation play = new RosterSimulation(attempts, from, perHour);
    List<ForecastHour> rows = new ArrayList<>(hours);
    int peak = 0;
    long missed = 0;
    for (int h = 0; h < hours; h++) {
      double erlangs = attempts.connects[h] * handle / 3600;
      int agents = ErlangC.agentsFor(erlangs, handle, within, target);
      peak = Math.max(peak, agents);
      missed += play.missedByHour[h];
      rows.add(
          new ForecastHour(
              from.plus(Duration.ofHours(h)),
              Math.round(attempts.dials[h]),
              Math.round(attempts.connects[h] * 10) / 10.0,
              agents,
              play.missedByHour[h]));
    }
    long pending = groups.stream().mapToLong(CallableGroup::followUps).sum();
    return new Forecast(
        from,
        from.plus(Duration.ofHours(hours)),
        basis,
        new Forecast.RosterUsed(
            roster.agents(),
            roster.source(),
            roster.loggedIn(),
            roster.workedToday(),
            roster.known(),
            Math.round(perHour * 10) / 10.0),
        pending,
        peak,
        missed,
        rows,
        play.missed);
  }

  /** The roster to play: how many agents, and where the number comes from. */
  record Roster(int agents, String source, int loggedIn, int workedToday, int known) {}
}
