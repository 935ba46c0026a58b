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
