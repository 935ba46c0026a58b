package com.followup.campaign.dealer;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A dealer or service station that reports purchase and repair records.
 *
 * @param code the dealer's short code, unique, used in URLs
 * @param name display name
 * @param country ISO 3166-1 alpha-2 country code: the default phone region of its customers
 * @param timezone IANA zone of the dealer: the default zone of its customers and its records
 * @param createdAt when the dealer was registered
 */
@MappedEntity("dealer")
public record Dealer(
    @Id String code, String name, String country, String timezone, Instant createdAt) {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  public Dealer {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "dealer code must be 1 to 32 letters, digits, '-' or '_': '" + code + "'");
    }
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new IllegalArgumentException("dealer name must be 1 to 200 characters");
    }
    if (country == null || !COUNTRIES.contains(country)) {
      throw new IllegalArgumentException(
          "country must be an ISO 3166-1 alpha-2 code such as CN or US: '" + country + "'");
    }
    zoneOf(timezone);
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** The dealer's zone, the default for its customers and for record times without offset. */
  public ZoneId zone() {
    return ZoneId.of(timezone);
  }

  private static void zoneOf(String timezone) {
    if (timezone == null || !timezone.contains("/")) {
      throw new IllegalArgumentException(
          "timezone must be an IANA zone such as Asia/Shanghai: '" + timezone + "'");
    }
    try {
      ZoneId.of(timezone);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("unknown timezone: '" + timezone + "'");
    }
  }
}
