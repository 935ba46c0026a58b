package com.followup.sla.ticket;

/** Where a started target stands. */
public enum TargetStatus {
  RUNNING,
  MET,
  BREACHED,
  PAUSED
}
