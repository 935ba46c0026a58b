package com.followup.dialer.telephony;

/** Which {@link Telephony} is active ({@code followup.telephony.mode}). */
public enum TelephonyMode {
  SIMULATOR,
  TWILIO
}
