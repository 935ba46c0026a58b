package com.followup.admin.forecast;

/**
 * Erlang C: calls arriving at random (Poisson) to {@code agents} agents, each call holding its
 * agent for an exponentially distributed handle time, callers waiting in one queue. The offered
 * load is in Erlangs (arrivals per second times the handle seconds).
 */
final class ErlangC {

  private ErlangC() {}

  /** The probability that a call has to wait for an agent (1 when the agents cannot keep up). */
  static double probabilityOfWaiting(int agents, double erlangs) {
    if (erlangs <= 0) {
      return 0;
    }
    if (agents <= erlangs) {
      return 1;
    }
    return fromErlangB(agents, erlangs, erlangB(agents, erlangs));
  }

  /** The share of calls an agent takes within {@code withinSeconds}. */
  static double serviceLevel(int agents, double erlangs, double handleSeconds, double within) {
    if (erlangs <= 0) {
      return 1;
    }
    if (agents <= erlangs) {
      return 0;
    }
    double waits = probabilityOfWaiting(agents, erlangs);
    return 1 - waits * Math.exp(-(agents - erlangs) * within / handleSeconds);
  }

  /**
   * The fewest agents that take at least {@code target} of the calls within {@code within} seconds;
   * 0 without load. Erlang B is carried up one agent at a time, so a load of thousands of Erlangs
   * costs thousands of steps, not their square.
   */
  static int agentsFor(double erlangs, double handleSeconds, double within, double target) {
    if (erlangs <= 0) {
      return 0;
    }
    double blocking = 1;
    for (int agents = 1; ; agents++) {
      blocking = erlangs * blocking / (agents + erlangs * blocking);
      if (agents > erlangs) {
        double waits = fromErlangB(agents, erlangs, blocking);
        double level = 1 - waits * Math.exp(-(agents - erlangs) * within / handleSeconds);
        if (level >= target) {
          return agents;
        }
      }
    }
  }

  /** The largest load {@code agents} agents carry at the target (bisection; 0 for no agents). */
  static double maxErlangs(int agents, double handleSeconds, double within, double target) {
    double low = 0;
    double high = agents;
    for (int i = 0; i < 50 && agents > 0; i++) {
      double mid = (low + high) / 2;
      if (serviceLevel(agents, mid, handleSeconds, within) >= target) {
        low = mid;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static double erlangB(int agents, double erlangs) {
    double blocking = 1;
    for (int k = 1; k <= agents; k++) {
      blocking = erlangs * blocking / (k + erlangs * blocking);
    }
    return blocking;
  }

  private static double fromErlangB(int agents, double erlangs, double blocking) {
    return agents * blocking / (agents - erlangs * (1 - blocking));
  }
}
