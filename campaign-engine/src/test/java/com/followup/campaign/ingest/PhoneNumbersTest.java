package com.followup.campaign.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  @Test
  void national_international_and_full_width_forms_become_e164() {
    PhoneNumbers cn = new PhoneNumbers("CN");

    assertThat(cn.parse("138 1234 5678").e164()).isEqualTo("+8613812345678");
    assertThat(cn.parse("+86-138-1234-5678").e164()).isEqualTo("+8613812345678");
    assertThat(cn.parse("0086 13812345678").e164()).isEqualTo("+8613812345678");
    assertThat(cn.parse("１３８１２３４５６７８").e164()).isEqualTo("+8613812345678");
    assertThat(cn.parse("021-6123-4567").e164()).isEqualTo("+862161234567");
    assertThat(cn.parse("12ab")).isNull();
    assertThat(cn.parse("138")).isNull();
  }

  @Test
  void the_cached_zone_of_a_number_is_the_one_libphonenumber_gives_for_that_number() {
    // the zone cache keys on leading digits: check it against the mapper for many numbers
    SplittableRandom random = new SplittableRandom(7);
    for (String region : UTIL.getSupportedRegions()) {
      PhoneNumbers numbers = new PhoneNumbers(region);
      for (PhoneNumberUtil.PhoneNumberType type :
          List.of(
              PhoneNumberUtil.PhoneNumberType.FIXED_LINE, PhoneNumberUtil.PhoneNumberType.MOBILE)) {
        PhoneNumber example = UTIL.getExampleNumberForType(region, type);
        if (example == null) {
          continue;
        }
        for (int i = 0; i < 20; i++) {
          String national = UTIL.getNationalSignificantNumber(example);
          int keep =
              Math.max(
                  1, national.length() - 1 - random.nextInt(Math.max(1, national.length() - 1)));
          StringBuilder variant = new StringBuilder(national.substring(0, keep));
          while (variant.length() < national.length()) {
            variant.append(random.nextInt(10));
          }
          PhoneNumbers.Parsed parsed = numbers.parse("+" + example.getCountryCode() + variant);
          if (parsed != null) {
            assertThat(parsed.zone()).as(parsed.e164()).isEqualTo(direct(parsed.e164()));
          }
        }
      }
    }
  }

  @Test
  void plain_national_digits_come_out_exactly_as_libphonenumber_reads_them_in_every_region() {
    SplittableRandom random = new SplittableRandom(2026);
    int shortcut = 0;
    for (String region : UTIL.getSupportedRegions()) {
      PhoneNumbers numbers = new PhoneNumbers(region);
      PlainNationalNumbers plain = PlainNationalNumbers.of(region);
      for (String text : candidates(region, random)) {
        if (plain.parse(text) != null) {
          shortcut++;
        }
        PhoneNumbers.Parsed parsed = numbers.parse(text);
        String expected = libphonenumberE164(text, region);
        assertThat(parsed == null ? null : parsed.e164())
            .as(region + " " + text)
            .isEqualTo(expected);
        if (parsed != null) {
          assertThat(parsed.zone()).as(region + " " + text).isEqualTo(direct(expected));
        }
      }
    }
    assertThat(shortcut).as("numbers that took the shortcut").isGreaterThan(50_000);
  }

  @Test
  void chinese_mobile_and_landline_digits_come_out_exactly_as_libphonenumber_reads_them() {
    SplittableRandom random = new SplittableRandom(86);
    PhoneNumbers cn = new PhoneNumbers("CN");
    for (int i = 0; i < 200_000; i++) {
      String text = (random.nextInt(3) == 0 ? "" : "1") + digits(random, 6 + random.nextInt(7));
      PhoneNumbers.Parsed parsed = cn.parse(text);
      assertThat(parsed == null ? null : parsed.e164())
          .as(text)
          .isEqualTo(libphonenumberE164(text, "CN"));
    }
  }

  /** Example numbers of every type, altered, and random digits with the region's prefixes. */
  private static List<String> candidates(String region, SplittableRandom random) {
    List<String> texts = new java.util.ArrayList<>();
    String countryCode = Integer.toString(UTIL.getCountryCodeForRegion(region));
    for (PhoneNumberUtil.PhoneNumberType type : PhoneNumberUtil.PhoneNumberType.values()) {
      PhoneNumber example = UTIL.getExampleNumberForType(region, type);
      if (example == null) {
        continue;
      }
      String national = UTIL.getNationalSignificantNumber(example);
      texts.add(national);
      texts.add(countryCode + national);
      for (int i = 0; i < 40; i++) {
        int keep = random.nextInt(national.length() + 1);
        int extra = random.nextInt(-2, 3);
        texts.add(national.substring(0, keep) + digits(random, national.length() - keep + extra));
      }
    }
    for (int i = 0; i < 300; i++) {
      String prefix =
          switch (random.nextInt(4)) {
            case 0 -> countryCode;
            case 1 -> "0";
            case 2 -> "00";
            default -> "";
          };
      texts.add(prefix + digits(random, random.nextInt(1, 19)));
    }
    return texts;
  }

  private static String digits(SplittableRandom random, int count) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < count; i++) {
      digits.append(random.nextInt(10));
    }
    return digits.toString();
  }

  private static String libphonenumberE164(String text, String region) {
    try {
      PhoneNumber number = UTIL.parse(text, region);
      return UTIL.isValidNumber(number)
          ? UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)
          : null;
    } catch (com.google.i18n.phonenumbers.NumberParseException e) {
      return null;
    }
  }

  private static ZoneId direct(String e164) {
    try {
      List<String> zones =
          PhoneNumberToTimeZonesMapper.getInstance().getTimeZonesForNumber(UTIL.parse(e164, null));
      return zones.size() == 1
              && !zones.get(0).equals(PhoneNumberToTimeZonesMapper.getUnknownTimeZone())
          ? ZoneId.of(zones.get(0))
          : null;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
