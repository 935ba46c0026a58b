package com.followup.dialer.telephony;

/**
 * What {@link Telephony#place} did.
 *
 * @param attemptId the attempt
 * @param placed true when the provider accepted the call (it will ring)
 * @param providerCallId the provider's id of the call (Twilio's CallSid), null when not placed
 * @param failure why the call was not placed, null when placed
 */
public record Placement(
    AttemptId attemptId, boolean placed, String providerCallId, String failure) {

  public static Placement placed(AttemptId attemptId, String providerCallId) {
    return new Placement(attemptId, true, providerCallId, null);
  }

  public static Placement notPlaced(AttemptId attemptId, String failure) {
    return new Placement(attemptId, false, null, failure);
  }
}
