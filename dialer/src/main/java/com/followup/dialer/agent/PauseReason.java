package com.followup.dialer.agent;

import java.util.Arrays;
import java.util.Locale;

/** Why a PAUSED agent takes no calls (the pause codes of the agent's screen). */
public enum PauseReason {
  BREAK,
  MEAL,
  TRAINING,
  MEETING,
  COACHING;

  /** Parses a reason an agent gave; null or blank is no reason. */
  public static PauseReason parse(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "reason must be one of " + Arrays.toString(values()) + ", not '" + name + "'");
    }
  }

  /** The stored name back, null for none. */
  static PauseReason stored(String name) {
    return name == null ? null : valueOf(name);
  }
}
