package com.followup.campaign.ingest;

import java.util.List;

/** Writing cells back as RFC 4180 CSV, the way the ingest reads them. */
final class CsvCells {

  private CsvCells() {}

  /** The cell, quoted when it holds a comma, a quote or a line break; null as an empty cell. */
  static String quote(String cell) {
    if (cell == null) {
      return "";
    }
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return '"' + cell.replace("\"", "\"\"") + '"';
      }
    }
    return cell;
  }

  /** The cells as one CSV line, without its line break. */
  static String line(List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(quote(cells.get(i)));
    }
    return line.toString();
  }

  /**
   * Text of ours (never a dealer's cell) made harmless to a spreadsheet: one starting with {@code
   * =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be read as a formula, so
   * it gets a leading apostrophe.
   */
  static String inert(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
