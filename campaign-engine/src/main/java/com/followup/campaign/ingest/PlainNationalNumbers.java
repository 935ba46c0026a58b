package com.followup.campaign.ingest;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A shortcut past libphonenumber's parser (the costliest step of a row) for the commonest form in
 * dealer files, a national number in plain digits such as 13812345678. When the digits start with
 * neither 0, nor the region's country code, nor anything its international (IDD) prefix or its
 * national-prefix rule would match, libphonenumber's parse keeps them as they are: the number is
 * the region's country code with the digits as national number. Whether it is valid is still
 * libphonenumber's own check. Any other text is for the full parser. One instance per thread.
 */
final class PlainNationalNumbers {

  // libphonenumber's bounds for a national significant number
  private static final int MIN_LENGTH = 2;
  private static final int MAX_LENGTH = 17;

  private final int countryCode;
  private final String countryCodeDigits;
  private final Matcher internationalPrefix;
  private final Matcher nationalPrefix;

  private PlainNationalNumbers(PhoneMetadata region) {
    this.countryCode = region.getCountryCode();
    this.countryCodeDigits = Integer.toString(countryCode);
    // an empty IDD prefix matches every number, which sends every number to the full parser
    this.internationalPrefix = Pattern.compile(region.getInternationalPrefix()).matcher("");
    String prefixRule = region.getNationalPrefixForParsing();
    this.nationalPrefix = prefixRule.isEmpty() ? null : Pattern.compile(prefixRule).matcher("");
  }

  /** The shortcut for numbers of a region, or null when libphonenumber has no such region. */
  static PlainNationalNumbers of(String regionCode) {
    if (regionCode == null
        || !PhoneNumberUtil.getInstance().getSupportedRegions().contains(regionCode)) {
      return null;
    }
    PhoneMetadata region =
        DefaultMetadataDependenciesProvider.getInstance()
            .getPhoneNumberMetadataSource()
            .getMetadataForRegion(regionCode);
    return region == null ? null : new PlainNationalNumbers(region);
  }

  /**
   * The number libphonenumber's parse gives for the text with this region as default, or null when
   * the text is not a plain national number that the shortcut can take.
   */
  PhoneNumber parse(String text) {
    int length = text.length();
    if (length < MIN_LENGTH || length > MAX_LENGTH || text.charAt(0) == '0') {
      return null;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    if (text.startsWith(countryCodeDigits)
        || internationalPrefix.reset(text).lookingAt()
        || (nationalPrefix != null && nationalPrefix.reset(text).lookingAt())) {
      return null;
    }
    return new PhoneNumber().setCountryCode(countryCode).setNationalNumber(Long.parseLong(text));
  }
}
