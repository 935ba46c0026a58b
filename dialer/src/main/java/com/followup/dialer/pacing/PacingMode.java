package com.followup.dialer.pacing;

/** How a campaign's pacing loop decides how many calls to place. */
public enum PacingMode {
  /** The agent reviews the record and clicks to dial; nothing is placed automatically. */
  PREVIEW,
  /** One call per ready agent that no ringing call is already meant for. */
  PROGRESSIVE,
  /** Dials ahead of agents finishing, within the abandonment cap. */
  PREDICTIVE
}
