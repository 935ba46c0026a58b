package com.followup.campaign.ingest;

import java.util.Locale;
import java.util.Optional;

/** The upload's columns, by their CSV names (JSON also accepts the camelCase form). */
enum Column {
  RECORD_TYPE("record_type", "recordType", true),
  RECORD_ID("record_id", "recordId", true),
  EVENT_TIME("event_time", "eventTime", true),
  CUSTOMER_NAME("customer_name", "customerName", true),
  PHONE("phone", "phone", true),
  PRODUCT("product", "product", false),
  SERIAL("serial", "serial", false),
  PARTS("parts", "parts", false),
  TIMEZONE("timezone", "timezone", false),
  CONSENT("consent", "consent", false);

  final String csvName;
  final String jsonName;
  final boolean required;

  Column(String csvName, String jsonName, boolean required) {
    this.csvName = csvName;
    this.jsonName = jsonName;
    this.required = required;
  }

  /** The column a header cell or JSON field names, if any; case and surrounding blanks ignored. */
  static Optional<Column> named(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    for (Column column : values()) {
      if (column.csvName.equals(wanted)
          || column.jsonName.toLowerCase(Locale.ROOT).equals(wanted)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }
}
