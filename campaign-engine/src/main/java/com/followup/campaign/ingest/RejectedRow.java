package com.followup.campaign.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A rejected row ready to be stored: its cells as sent (a JSON array for CSV, a JSON object for a
 * JSON record), the line's text when it could not be split into the header's columns, and its
 * errors as one message. Built on the validation workers, and only for rejected rows.
 *
 * @param names a JSON record's field names (for the download's extra columns); null for CSV
 */
record RejectedRow(long line, List<String> names, String cells, String rawText, String errors) {

  private static final JsonFactory JSON = new JsonFactory();

  static RejectedRow of(RawRow row, List<RowError> errors) {
    String raw =
        row.problem() != null && row.names() == null && row.cells() != null
            ? CsvCells.line(row.cells())
            : null;
    return new RejectedRow(
        row.line(), row.names(), encode(row.names(), row.cells()), raw, message(errors));
  }

  /** The row's messages joined, each after its column: {@code phone: not a phone number …}. */
  static String message(List<RowError> errors) {
    return errors.stream()
        .map(e -> e.column() == null ? e.message() : e.column() + ": " + e.message())
        .collect(Collectors.joining("; "));
  }

  private static String encode(List<String> names, List<String> cells) {
    if (cells == null) {
      return null;
    }
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(text)) {
      if (names == null) {
        json.writeStartArray();
        for (String cell : cells) {
          json.writeString(cell);
        }
        json.writeEndArray();
      } else {
        json.writeStartObject();
        for (int i = 0; i < names.size(); i++) {
          json.writeStringField(names.get(i), cells.get(i));
        }
        json.writeEndObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
