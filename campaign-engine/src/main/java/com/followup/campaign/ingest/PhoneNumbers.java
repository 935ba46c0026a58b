package com.followup.campaign.ingest;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

  /** Longer than any prefix in libphonenumber's time-zone data (country code + area code). */
  static final int ZONE_PREFIX_DIGITS = 9;

  private final String defaultRegion;
  private static final int ZONE_CACHE_LIMIT = 500_000;
  // depends only on libphonenumber's data, so shared by every upload and thread
  private static final Map<String, Optional<ZoneId>> ZONE_BY_PREFIX = new ConcurrentHashMap<>();

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
    // zones are mapped by short prefixes (country and area codes): cache by the leading digits
    String e164Digits = number.getCountryCode() + UTIL.getNationalSignificantNumber(number);
    String prefix = e164Digits.substring(0, Math.min(ZONE_PREFIX_DIGITS, e164Digits.length()));
    if (ZONE_BY_PREFIX.size() > ZONE_CACHE_LIMIT) {
      ZONE_BY_PREFIX.clear();
    }
    return ZONE_BY_PREFIX.computeIfAbsent(prefix, p -> lookUpZone(number)).orElse(null);
  }

  private static Optional<ZoneId> lookUpZone(PhoneNumber number) {
    List<String> zones = ZONES.getTimeZonesForNumber(number);
    if (zones.size() != 1
        || zones.get(0).equals(PhoneNumberToTimeZonesMapper.getUnknownTimeZone())) {
      return Optional.empty();
    }
    return Optional.of(ZoneId.of(zones.get(0)));
  }
}
