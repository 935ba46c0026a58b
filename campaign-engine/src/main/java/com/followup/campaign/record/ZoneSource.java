package com.followup.campaign.record;

/** Where a customer's time zone came from, kept so a wrong calling hour can be traced. */
public enum ZoneSource {
  /** The dealer gave it in the record's {@code timezone} column. */
  COLUMN,
  /** The phone number maps to exactly one zone. */
  PHONE,
  /** Neither: the dealer's own zone. */
  DEALER
}
