package com.followup.sla.policy;

/** How a policy measures its targets' allowed time. */
public enum TimeBasis {
  /** Around the clock, every day. */
  CALENDAR,
  /** Only inside the policy's working hours, skipping non-working days and holidays. */
  BUSINESS_HOURS
}
