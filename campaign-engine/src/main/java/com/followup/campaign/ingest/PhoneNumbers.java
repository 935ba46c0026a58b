package com.followup.campaign.ingest;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Phone numbers through libphonenumber: national, international and full-width forms, with the
 * dealer's country as the default region; stored as E.164. A number that maps to exactly one zone
 * gives the customer's zone. Plain national digits skip the parser ({@link PlainNationalNumbers}).
 */
final class PhoneNumbers {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final PhoneNumberToTimeZonesMapper ZONES =
      PhoneNumberToTimeZonesMapper.getInstance();

  /** A parsed number and the zone it implies (null when it implies none or several). */
  record Parsed(String e164, ZoneId zone) {}

  /** Longer than any prefix in libphonenumber's time-zone data (country code + area code). */
  static final int ZONE_PREFIX_DIGITS = 9;

  private static final int ZONE_CACHE_LIMIT = 500_000;
  // depends only on libphonenumber's data, so shared by every upload and thread
  private static final Map<String, Optional<ZoneId>> ZONE_BY_PREFIX = new ConcurrentHashMap<>();

  private final String defaultRegion;
  private final PlainNationalNumbers plain;

  PhoneNumbers(String defaultRegion) {
    this.defaultRegion = defaultRegion;
    this.plain = PlainNationalNumbers.of(defaultRegion);
  }

  /** The number, or null when the text is not a valid phone number. */
  Parsed parse(String text) {
    PhoneNumber number = plain == null ? null : plain.parse(text);
    boolean plainDigits = number != null;
    if (!plainDigits) {
      try {
        number = UTIL.parse(text, defaultRegion);
      } catch (NumberParseException e) {
        return null;
      }
    }
    // libphonenumber's validity check is that the number has a type; the type also tells whether
    // the number's zone goes by its prefix (geographic numbers) or by its country alone
    PhoneNumberType type = UTIL.getNumberType(number);
    if (type == PhoneNumberType.UNKNOWN) {
      return null;
    }
    // plain digits are the national number itself, without leading zeros
    String e164 =
        plainDigits
            ? "+" + number.getCountryCode() + text
            : UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    return new Parsed(e164, zoneOf(number, type, e164));
  }

  private static ZoneId zoneOf(PhoneNumber number, PhoneNumberType type, String e164) {
    // zones are mapped by short prefixes (country and area codes): cache by the leading digits
    boolean geographic = UTIL.isNumberGeographical(type, number.getCountryCode());
    String key =
        geographic
            ? e164.substring(1, Math.min(ZONE_PREFIX_DIGITS + 1, e164.length()))
            : "+" + number.getCountryCode();
    Optional<ZoneId> zone = ZONE_BY_PREFIX.get(key);
    if (zone == null) {
      if (ZONE_BY_PREFIX.size() > ZONE_CACHE_LIMIT) {
        ZONE_BY_PREFIX.clear();
      }
      zone = lookUpZone(number, geographic);
      ZONE_BY_PREFIX.put(key, zone);
    }
    return zone.orElse(null);
  }

  private static Optional<ZoneId> lookUpZone(PhoneNumber number, boolean geographic) {
    // for a number known to be geographic, what getTimeZonesForNumber does after typing it again
    List<String> zones =
        geographic
            ? ZONES.getTimeZonesForGeographicalNumber(number)
            : ZONES.getTimeZonesForNumber(number);
    if (zones.size() != 1
        || zones.get(0).equals(PhoneNumberToTimeZonesMapper.getUnknownTimeZone())) {
      return Optional.empty();
    }
    return Optional.of(ZoneId.of(zones.get(0)));
  }
}
