package com.followup.sla.policy;

/**
 * What can happen to a ticket. A policy's targets start and are met by these; {@link #PAUSED} and
 * {@link #RESUMED} stop and restart every running target's clock; {@link #REOPENED} is the customer
 * complaining again.
 */
public enum TicketEventType {
  DEPARTMENT_NOTIFIED,
  CUSTOMER_UPDATED,
  PROGRESS_CHECKED,
  RESOLVED,
  CALLBACK_DONE,
  ANSWER_RECEIVED,
  CUSTOMER_ANSWERED,
  REOPENED,
  PAUSED,
  RESUMED,
  /** The department confirmed it has taken the ticket on. */
  DEPARTMENT_ACKNOWLEDGED,
  /** The department wrote how far it got. */
  PROGRESS_NOTED,
  /** The ticket was passed on to another department (a new transfer with new targets). */
  PASSED_ON;

  public static TicketEventType parse(String name) {
    return TicketType.Names.parse(TicketEventType.class, name, "event type");
  }

  /** Whether a target may start on or be met by this event (pausing and reopening may not). */
  public boolean movesTargets() {
    return this != REOPENED && this != PAUSED && this != RESUMED && this != PASSED_ON;
  }
}
