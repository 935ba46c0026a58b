package com.followup.dialer.telephony;

/** What to do when an answering machine picks up, per campaign. */
public enum MachineBehaviour {
  /** Hang up as soon as the machine is detected. */
  HANG_UP,
  /** Wait for the greeting to end (the beep), leave the campaign's message, hang up. */
  LEAVE_MESSAGE
}
