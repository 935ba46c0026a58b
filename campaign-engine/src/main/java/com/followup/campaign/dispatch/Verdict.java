package com.followup.campaign.dispatch;

import java.time.Instant;

/** What the compliance gate decides for one follow-up at one moment. */
public sealed interface Verdict {

  /** May be dialed now. */
  record Dial() implements Verdict {}

  /** Not now: look again at {@code until}. */
  record Wait(Instant until, HoldRule rule) implements Verdict {}

  /** Never to be dialed (do-not-call). */
  record Cancel(HoldRule rule) implements Verdict {}

  /** Ends without contact (deadline passed, attempts used up). */
  record Miss(HoldRule rule) implements Verdict {}
}
