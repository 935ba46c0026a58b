package com.followup.sla.breach;

/** Where QA's audit of a breach stands. */
public enum BreachStatus {
  /** Flagged, not reviewed yet. */
  OPEN,
  /** QA (or an appeal decision) holds the owner responsible. */
  CONFIRMED,
  /** QA (or an appeal decision) accepted a reason. */
  EXCUSED,
  /** The owner appealed; QA has to decide. */
  APPEALED;

  public static BreachStatus parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "unknown breach status '" + name + "'; one of OPEN, CONFIRMED, EXCUSED, APPEALED");
    }
  }
}
