package com.followup.admin.console.admin;

import com.followup.admin.console.FieldMessages;
import com.followup.campaign.dealer.Dealer;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** A dealer's form (new, or edit): as typed, with its refusals. */
public record DealerForm(
    String code, String name, String country, String zone, FieldMessages errors) {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  static DealerForm empty() {
    return new DealerForm("", "", "CN", "Asia/Shanghai", new FieldMessages());
  }

  static DealerForm of(Dealer dealer) {
    return new DealerForm(
        dealer.code(), dealer.name(), dealer.country(), dealer.timezone(), new FieldMessages());
  }

  static DealerForm posted(Map<String, String> form, String code) {
    return new DealerForm(
        code != null ? code : form.getOrDefault("code", "").trim(),
        form.getOrDefault("name", "").trim(),
        form.getOrDefault("country", "").trim().toUpperCase(Locale.ROOT),
        form.getOrDefault("zone", "").trim(),
        new FieldMessages());
  }

  /** The checks of a dealer, as messages next to the fields. */
  DealerForm check() {
    if (!CODE.matcher(code).matches()) {
      errors.add("code", "admin.error.dealerCode");
    }
    if (name.isEmpty() || name.length() > 200) {
      errors.add("name", "admin.error.dealerName");
    }
    if (!COUNTRIES.contains(country)) {
      errors.add("country", "admin.error.country");
    }
    try {
      if (!zone.contains("/")) {
        throw new DateTimeException(zone);
      }
      ZoneId.of(zone);
    } catch (DateTimeException e) {
      errors.add("zone", "admin.error.zone", zone);
    }
    return this;
  }
}
