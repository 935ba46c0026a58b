package com.followup.campaign.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Lays out the rejected-rows file: the upload's header plus an error column, then each rejected
 * row's cells in the header's columns as the dealer sent them. A row that could not be split into
 * the header's columns (more fields than the header) has its line's text in the first column.
 */
final class RejectedCsv {

  private static final JsonFactory JSON = new JsonFactory();

  private final List<String> columns;
  private final boolean json;

  RejectedCsv(List<String> columns, boolean json) {
    this.columns = columns;
    this.json = json;
  }

  /** The header line: the upload's columns and an error column named so it clashes with none. */
  String header() {
    List<String> cells = new ArrayList<>(columns);
    cells.add(errorColumn());
    return CsvCells.line(cells) + "\r\n";
  }

  private String errorColumn() {
    String name = "error";
    for (int n = 2; taken(name); n++) {
      name = "error_" + n;
    }
    return name;
  }

  private boolean taken(String name) {
    return columns.stream().anyMatch(c -> c != null && c.strip().equalsIgnoreCase(name));
  }

  /** One rejected row as a CSV line; the dealer's cells as sent, only the error made inert. */
  String row(RejectedPages.Stored row) {
    String[] cells = new String[columns.size()];
    List<String> sent = row.cells() == null || row.cells().startsWith("{") ? null : cellsOf(row);
    if (json && row.cells() != null && row.cells().startsWith("{")) {
      placeByName(row.cells(), cells);
    } else if (!json && sent != null && sent.size() <= cells.length) {
      for (int i = 0; i < sent.size(); i++) {
        cells[i] = sent.get(i);
      }
    } else if (cells.length > 0) {
      cells[0] = row.rawText();
    }
    StringBuilder line = new StringBuilder(CsvCells.line(Arrays.asList(cells)));
    return line.append(',')
        .append(CsvCells.quote(CsvCells.inert(row.errors())))
        .append("\r\n")
        .toString();
  }

  private static List<String> cellsOf(RejectedPages.Stored row) {
    return SourceFile.decodeArray(row.cells());
  }

  private void placeByName(String object, String[] cells) {
    try (JsonParser parser = JSON.createParser(object)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        int at = indexOf(name);
        if (at >= 0 && value != JsonToken.VALUE_NULL) {
          cells[at] = parser.getText();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int indexOf(String name) {
    String wanted = Column.named(name).map(c -> c.csvName).orElse(name);
    int at = columns.indexOf(wanted);
    return at >= 0 ? at : columns.indexOf(wanted.toLowerCase(Locale.ROOT));
  }
}
