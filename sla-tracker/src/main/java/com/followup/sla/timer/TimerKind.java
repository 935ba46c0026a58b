package com.followup.sla.timer;

/** What a timer does when it fires. */
public enum TimerKind {
  /** Warn that the target's deadline is near. */
  WARNING,
  /** Flag the target breached and write the breach to the ledger. */
  BREACH
}
