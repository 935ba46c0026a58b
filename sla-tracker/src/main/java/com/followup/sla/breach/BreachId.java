package com.followup.sla.breach;

/** A breach's id in the ledger. */
public record BreachId(long value) {

  public BreachId {
    if (value < 1) {
      throw new IllegalArgumentException("breach ids are positive: " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
