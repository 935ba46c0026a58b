package com.followup.sla.ticket;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Reads a customer's phone number in any common format into E.164. */
final class CustomerPhone {

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  private CustomerPhone() {}

  /**
   * @param region ISO country of national numbers (the dealer's), or null to require +country
   */
  static String e164(String raw, String region) {
    try {
      PhoneNumber number = PHONES.parse(raw, region == null ? "ZZ" : region);
      if (!PHONES.isValidNumber(number)) {
        throw invalid(raw, region);
      }
      return PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    } catch (NumberParseException e) {
      throw invalid(raw, region);
    }
  }

  private static IllegalArgumentException invalid(String raw, String region) {
    return new IllegalArgumentException(
        region == null
            ? "customerPhone must be an international number (+country…) when no dealerCode is"
                + " given: '"
                + raw
                + "'"
            : "customerPhone is not a valid phone number for " + region + ": '" + raw + "'");
  }
}
