package com.followup.campaign.ingest;

import com.followup.campaign.dealer.Dealer;
import com.followup.campaign.record.RecordType;
import com.followup.campaign.record.ZoneSource;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks and normalizes one row; every problem becomes a {@link RowError} naming the line and
 * column. One validator per upload and thread.
 */
final class RowValidator {

  private final Instant now;
  private final ZoneId dealerZone;
  private final PhoneNumbers phones;
  private final ContentHash hash = new ContentHash();

  RowValidator(Dealer dealer, Instant now) {
    this.dealerZone = dealer.zone();
    this.now = now;
    this.phones = new PhoneNumbers(dealer.country());
  }

  /** The normalized row, or null after adding its errors to {@code errors}. */
  NormalizedRow validate(RawRow row, List<RowError> errors) {
    if (row.problem() != null) {
      errors.add(new RowError(row.line(), null, row.problem()));
      return null;
    }
    int before = errors.size();
    long line = row.line();
    RecordType type = type(row, errors);
    String recordId = text(row, Column.RECORD_ID, 64, errors);
    String name = text(row, Column.CUSTOMER_NAME, 200, errors);
    String product = text(row, Column.PRODUCT, 200, errors);
    String serial = text(row, Column.SERIAL, 64, errors);
    String parts = parts(row, errors);
    Boolean consent = consent(row, errors);
    ZoneId columnZone = zone(row, errors);
    Instant eventTime = eventTime(row, errors);
    PhoneNumbers.Parsed phone = phone(row, errors);
    if (errors.size() > before) {
      return null;
    }
    ZoneId zone =
        columnZone != null ? columnZone : phone.zone() != null ? phone.zone() : dealerZone;
    ZoneSource source =
        columnZone != null
            ? ZoneSource.COLUMN
            : phone.zone() != null ? ZoneSource.PHONE : ZoneSource.DEALER;
    ContentHash content =
        hash.text(type.name())
            .text(recordId)
            .time(eventTime)
            .text(name)
            .text(phone.e164())
            .text(product)
            .text(serial)
            .text(parts)
            .text(zone.getId());
    if (consent != null) { // rows without the column hash as they did before it existed
      content.text(consent ? "consent" : "no consent");
    }
    long contentHash = content.finish();
    return new NormalizedRow(
        line,
        type,
        recordId,
        eventTime,
        name,
        phone.e164(),
        product,
        serial,
        parts,
        zone,
        source,
        consent,
        contentHash);
  }

  private static final java.util.Set<String> YES = java.util.Set.of("yes", "y", "true", "1", "是");
  private static final java.util.Set<String> NO = java.util.Set.of("no", "n", "false", "0", "否");

  /** The customer's consent to automated calls and texts; null when the row does not say. */
  private static Boolean consent(RawRow row, List<RowError> errors) {
    String text = value(row, Column.CONSENT);
    if (text == null) {
      return null;
    }
    String answer = text.toLowerCase(java.util.Locale.ROOT);
    if (YES.contains(answer)) {
      return true;
    }
    if (NO.contains(answer)) {
      return false;
    }
    errors.add(
        new RowError(
            row.line(),
            Column.CONSENT.csvName,
            "consent must be yes or no, not '"
                + (text.length() > 20 ? text.substring(0, 20) + "…" : text)
                + "'"));
    return null;
  }

  private static String value(RawRow row, Column column) {
    String raw = row.get(column);
    if (raw == null) {
      return null;
    }
    String text = raw.strip();
    if (hasCompatibilityForms(text)) {
      // full-width digits, letters and punctuation (Excel on Chinese Windows) to their plain forms
      text = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }
    return text.isEmpty() ? null : text;
  }

  /**
   * Whether NFKC could change the text: full-width and half-width forms, the ideographic space, and
   * other compatibility characters. CJK ideographs are left alone by NFKC, so Chinese names skip
   * the (costly) normalization.
   */
  private static boolean hasCompatibilityForms(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0xA0 && (c < 0x3400 || (c > 0x9FFF && c < 0xAC00) || c >= 0xF900)) {
        return true;
      }
    }
    return false;
  }

  private static String text(RawRow row, Column column, int max, List<RowError> errors) {
    String text = value(row, column);
    if (text == null && column.required) {
      errors.add(new RowError(row.line(), column.csvName, "is required"));
    } else if (text != null && text.length() > max) {
      errors.add(new RowError(row.line(), column.csvName, "longer than " + max + " characters"));
      return null;
    }
    return text;
  }

  private static RecordType type(RawRow row, List<RowError> errors) {
    String text = value(row, Column.RECORD_TYPE);
    if (text == null) {
      errors.add(new RowError(row.line(), Column.RECORD_TYPE.csvName, "is required"));
      return null;
    }
    return RecordType.parse(text)
        .orElseGet(
            () -> {
              errors.add(
                  new RowError(
                      row.line(),
                      Column.RECORD_TYPE.csvName,
                      "must be PURCHASE or REPAIR: '" + text + "'"));
              return null;
            });
  }

  private Instant eventTime(RawRow row, List<RowError> errors) {
    String text = value(row, Column.EVENT_TIME);
    String column = Column.EVENT_TIME.csvName;
    if (text == null) {
      errors.add(new RowError(row.line(), column, "is required"));
      return null;
    }
    Instant time = EventTimes.parse(text, dealerZone);
    if (time == null) {
      errors.add(
          new RowError(
              row.line(), column, "not a date/time: '" + text + "'; " + EventTimes.EXPECTED));
    } else if (time.isAfter(now)) {
      errors.add(new RowError(row.line(), column, "is in the future: '" + text + "'"));
      return null;
    }
    return time;
  }

  private PhoneNumbers.Parsed phone(RawRow row, List<RowError> errors) {
    String text = value(row, Column.PHONE);
    if (text == null) {
      errors.add(new RowError(row.line(), Column.PHONE.csvName, "is required"));
      return null;
    }
    PhoneNumbers.Parsed parsed = phones.parse(text);
    if (parsed == null) {
      errors.add(
          new RowError(row.line(), Column.PHONE.csvName, "not a phone number: '" + text + "'"));
    }
    return parsed;
  }

  private static ZoneId zone(RawRow row, List<RowError> errors) {
    String text = value(row, Column.TIMEZONE);
    if (text == null) {
      return null;
    }
    try {
      if (text.contains("/") || text.equals("UTC")) {
        return ZoneId.of(text);
      }
    } catch (DateTimeException e) {
      // reported below
    }
    errors.add(
        new RowError(
            row.line(),
            Column.TIMEZONE.csvName,
            "not an IANA time zone such as Asia/Shanghai: '" + text + "'"));
    return null;
  }

  private static String parts(RawRow row, List<RowError> errors) {
    String text = value(row, Column.PARTS);
    if (text == null) {
      return null;
    }
    String joined =
        Arrays.stream(text.split(";"))
            .map(String::strip)
            .filter(p -> !p.isEmpty())
            .collect(Collectors.joining(";"));
    if (joined.length() > 1000) {
      errors.add(new RowError(row.line(), Column.PARTS.csvName, "longer than 1000 characters"));
      return null;
    }
    return joined.isEmpty() ? null : joined;
  }
}
