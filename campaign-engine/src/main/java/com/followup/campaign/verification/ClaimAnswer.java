package com.followup.campaign.verification;

import java.util.Locale;

/** What the customer says of one thing the service station reported. */
public enum ClaimAnswer {
  CONFIRMED,
  NOT_CONFIRMED,
  /** The customer does not know (not a mismatch). */
  UNSURE;

  /** The answer; a clear 400-worthy message for a missing or unknown one. */
  public static ClaimAnswer parse(String value, String what) {
    try {
      return ClaimAnswer.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          what + " must be CONFIRMED, NOT_CONFIRMED or UNSURE: '" + value + "'");
    }
  }
}
