package com.followup.dialer.agent;

import java.util.Locale;

/** Where an agent is in the dialer's eyes. */
public enum AgentState {
  /** Logged out of the dialer: gets no call. */
  OFFLINE,
  /** Waiting for a call: the only state in which an agent is given one. */
  READY,
  /** Holds a call: previewing it, waiting for it to be answered, or talking. */
  ON_CALL,
  /** The call has ended; the agent is entering its outcome (limited by the wrap-up time). */
  WRAP_UP,
  /** Logged in but taking no calls (a break). */
  PAUSED;

  /** Parses a state an agent may ask for: READY, PAUSED or OFFLINE. */
  public static AgentState requested(String name) {
    AgentState state;
    try {
      state = valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      state = null;
    }
    if (state != READY && state != PAUSED && state != OFFLINE) {
      throw new IllegalArgumentException(
          "state must be READY, PAUSED or OFFLINE, not '" + name + "'");
    }
    return state;
  }
}
