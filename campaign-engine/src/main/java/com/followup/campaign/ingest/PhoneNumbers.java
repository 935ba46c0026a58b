package com.followup.campaign.ingest;

import com.followup.campaign.record.ZoneSource;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.time.ZoneId;
import java.util.List;

/**
 * Phone numbers through libphonenumber: national, international and full-width forms, with the
 * dealer's country as the default region; stored as E.164. A number that maps to exactly one zone
 * gives the customer's zone.
 */
final class PhoneNumbers {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final PhoneNumberToTimeZonesMapper ZONES =
      PhoneNumberToTimeZonesMapper.getInstance();

  /** A parsed number and the zone it implies (null when it implies none or several). */
  record Parsed(String e164, ZoneId zone) {}

  private final String defaultRegion;

  PhoneNumbers(String defaultRegion) {
    this.defaultRegion = defaultRegion;
  }

  /** The number, or null when the text is not a valid phone number. */
  Parsed parse(String text) {
    PhoneNumber number;
    try {
      number = UTIL.parse(text, defaultRegion);
    } catch (NumberParseException e) {
      return null;
    }
    if (!UTIL.isValidNumber(number)) {
      return null;
    }
    return new Parsed(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164), zoneOf(number));
  }

  private static ZoneId zoneOf(PhoneNumber number) {
    List<String> zones = ZONES.getTimeZonesForNumber(number);
    if (zones.size() != 1
        || zones.get(0).equals(PhoneNumberToTimeZonesMapper.getUnknownTimeZone())) {
      return null;
    }
    return ZoneId.of(zones.get(0));
  }

  static ZoneSource sourceOf(Parsed parsed) {
    return parsed.zone() == null ? ZoneSource.DEALER : ZoneSource.PHONE;
  }
}
