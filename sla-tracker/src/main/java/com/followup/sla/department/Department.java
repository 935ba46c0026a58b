package com.followup.sla.department;

import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * A responsible department: a service station, branch or dealer's workshop that tickets are
 * transferred to, and how it learns of them.
 *
 * @param code its key, as tickets name it (letters, digits, '-', '_', '.')
 * @param webhookUrl where tickets are POSTed, signed with {@code webhookSecret}; http or https
 * @param webhookSecret the HMAC-SHA256 key the receiver checks the signature with
 * @param email where tickets are mailed
 * @param zone its time zone; working hours are in it
 */
public record Department(
    String code,
    String name,
    @Nullable String webhookUrl,
    @Nullable String webhookSecret,
    @Nullable String email,
    ZoneId zone,
    LocalTime workStarts,
    LocalTime workEnds) {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,100}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  public Department {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "department code must be 1 to 100 letters, digits or . _ -: '" + code + "'");
    }
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new IllegalArgumentException("name is required (at most 200 characters)");
    }
    name = name.trim();
    webhookUrl = blankToNull(webhookUrl);
    webhookSecret = blankToNull(webhookSecret);
    email = blankToNull(email);
    if (webhookUrl != null) {
      checkUrl(webhookUrl);
      if (webhookSecret == null || webhookSecret.length() < 16 || webhookSecret.length() > 200) {
        throw new IllegalArgumentException(
            "a webhook needs a webhookSecret of 16 to 200 characters");
      }
    }
    if (email != null && (email.length() > 320 || !EMAIL.matcher(email).matches())) {
      throw new IllegalArgumentException("email is not an e-mail address: '" + email + "'");
    }
    if (zone == null || workStarts == null || workEnds == null) {
      throw new IllegalArgumentException("zone and working hours are required");
    }
    if (!workStarts.isBefore(workEnds)) {
      throw new IllegalArgumentException("working hours must start before they end");
    }
  }

  /** Parses a zone id with a clear message. */
  public static ZoneId zone(@Nullable String zone) {
    try {
      return zone == null || zone.isBlank() ? ZoneId.of("UTC") : ZoneId.of(zone.trim());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("unknown time zone '" + zone + "'");
    }
  }

  /** Parses HH:mm with a clear message; {@code fallback} when blank. */
  public static LocalTime time(@Nullable String text, String field, LocalTime fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return LocalTime.parse(text.trim());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(field + " must be HH:mm: '" + text + "'");
    }
  }

  /** Whether anything is delivered to it (else a person records the notification). */
  public boolean hasChannel() {
    return webhookUrl != null || email != null;
  }

  private static void checkUrl(String url) {
    try {
      URI uri = URI.create(url);
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          || uri.getHost() == null
          || url.length() > 2000) {
        throw new IllegalArgumentException("webhookUrl must be an http(s) URL: '" + url + "'");
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("webhookUrl must be an http(s) URL: '" + url + "'");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
