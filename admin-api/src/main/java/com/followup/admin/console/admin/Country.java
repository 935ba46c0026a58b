package com.followup.admin.console.admin;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** An ISO 3166 country a dealer may be in, named in the viewer's language. */
public record Country(String code, String name) {

  static List<Country> all(Locale locale) {
    Collator order = Collator.getInstance(locale);
    return Arrays.stream(Locale.getISOCountries())
        .map(c -> new Country(c, new Locale("", c).getDisplayCountry(locale)))
        .sorted(Comparator.comparing(Country::name, order))
        .toList();
  }
}
