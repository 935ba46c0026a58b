package com.followup.admin.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table as CSV for spreadsheets: UTF-8 with a BOM (Excel on Chinese Windows reads it right), CRLF
 * line ends, and every cell a spreadsheet would take as a formula ({@code = + - @}, tab, carriage
 * return) escaped with a leading apostrophe.
 */
public final class CsvTable {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private CsvTable() {}

  public static byte[] of(List<String> header, List<List<String>> rows) {
    StringBuilder text = new StringBuilder();
    line(text, header);
    rows.forEach(r -> line(text, r));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(BOM);
    out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** Quotes a cell that needs it and escapes one that a spreadsheet would take as a formula. */
  public static String cell(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      v = '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      out.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
    }
    out.append("\r\n");
  }
}
