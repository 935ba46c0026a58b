package com.followup.dialer.pacing;

/**
 * The campaign's abandonment record against its cap: a call answered by a person that finds no
 * agent within the connect limit is abandoned, and abandoned / person-answered must stay at or
 * under the cap for today and for the rolling 30 days (today included).
 */
public record AbandonmentBudget(
    long abandonedToday,
    long answeredToday,
    long abandoned30Days,
    long answered30Days,
    double cap) {

  /** The regulatory default: 3 % of person-answered calls. */
  public static final double DEFAULT_CAP = 0.03;

  public AbandonmentBudget {
    if (abandonedToday < 0 || answeredToday < 0 || abandoned30Days < 0 || answered30Days < 0) {
      throw new IllegalArgumentException("abandonment counts must not be negative");
    }
    if (abandonedToday > answeredToday || abandoned30Days > answered30Days) {
      throw new IllegalArgumentException("more calls abandoned than answered by a person");
    }
    if (answeredToday > answered30Days || abandonedToday > abandoned30Days) {
      throw new IllegalArgumentException("today's counts must be part of the 30-day counts");
    }
    if (!(cap > 0 && cap < 1)) {
      throw new IllegalArgumentException("abandonment cap must be in (0, 1): " + cap);
    }
  }

  /** A campaign with no history under the default cap. */
  public static AbandonmentBudget untouched() {
    return new AbandonmentBudget(0, 0, 0, 0, DEFAULT_CAP);
  }

  public double rateToday() {
    return answeredToday == 0 ? 0.0 : (double) abandonedToday / answeredToday;
  }

  public double rate30Days() {
    return answered30Days == 0 ? 0.0 : (double) abandoned30Days / answered30Days;
  }

  /**
   * The abandonment rate the next calls may run at so that, after about {@code lookaheadAnswers}
   * more answers, both windows would sit at {@code target}: above the target while a window has
   * slack, below it (down to negative) once a window has overspent.
   */
  public double allowedRate(double target, double lookaheadAnswers) {
    double today = target + (target * answeredToday - abandonedToday) / lookaheadAnswers;
    double rolling = target + (target * answered30Days - abandoned30Days) / lookaheadAnswers;
    return Math.min(today, rolling);
  }
}
