package com.followup.campaign.followup;

/** Where a follow-up call stands. */
public enum FollowUpStatus {
  /** Planned; its next attempt is in the future. */
  SCHEDULED,
  /** Its next attempt time has come. */
  DUE,
  /** Handed to the dialer. */
  DIALING,
  /** The customer was reached and the step done. */
  COMPLETED,
  /** The deadline passed without contact (or had passed when the record arrived). */
  MISSED,
  /** No longer to be called (record withdrawn, do-not-call). */
  CANCELLED
}
