package com.followup.dialer.pacing.simulation;

/**
 * The true person-answer probability through a simulated day: {@code initialRate} until {@code
 * changeAtSecondOfDay}, then {@code laterRate}, every day.
 */
public record AnswerRateProfile(double initialRate, double laterRate, double changeAtSecondOfDay) {

  public AnswerRateProfile {
    if (!(initialRate > 0 && initialRate <= 1) || !(laterRate > 0 && laterRate <= 1)) {
      throw new IllegalArgumentException("answer rates must be in (0, 1]");
    }
    if (!(changeAtSecondOfDay >= 0)) {
      throw new IllegalArgumentException("change time must be >= 0");
    }
  }

  /** The same rate all day. */
  public static AnswerRateProfile constant(double rate) {
    return new AnswerRateProfile(rate, rate, 0);
  }

  /** A rate that jumps from {@code before} to {@code after} at {@code atSecondOfDay}. */
  public static AnswerRateProfile jump(double before, double after, double atSecondOfDay) {
    return new AnswerRateProfile(before, after, atSecondOfDay);
  }

  public double rateAt(double secondOfDay) {
    return secondOfDay < changeAtSecondOfDay ? initialRate : laterRate;
  }
}
