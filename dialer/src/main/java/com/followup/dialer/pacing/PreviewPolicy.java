package com.followup.dialer.pacing;

/** Preview dialing: the agent places each call by hand, so pacing never dials on its own. */
public record PreviewPolicy() implements PacingPolicy {

  @Override
  public int callsToPlace(PacingSnapshot snapshot) {
    return 0;
  }
}
