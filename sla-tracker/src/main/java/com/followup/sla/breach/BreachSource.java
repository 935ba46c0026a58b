package com.followup.sla.breach;

/** What broke the obligation. */
public enum BreachSource {
  /** A ticket's SLA target passed its deadline. */
  TICKET,
  /** Reported by another module, e.g. a follow-up step that ended MISSED. */
  EXTERNAL
}
