package com.followup.admin.reports;

import com.followup.admin.web.CsvTable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A report as CSV in long form, one figure a line: {@code scope,key,figure,value}. The scope is
 * {@code report} for the whole period, else the breakdown ({@code days}, {@code byCampaign}, {@code
 * byCampaign/days}, {@code breakdown} ...) and the key names its row (a date, a campaign, an
 * agent). UTF-8 with a byte order mark so Excel (also on Chinese Windows) reads it as UTF-8; a cell
 * that would start a formula is escaped with a leading apostrophe.
 */
final class ReportCsv {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private ReportCsv() {}

  static byte[] of(Map<String, Object> report) {
    StringBuilder out = new StringBuilder("scope,key,figure,value\r\n");
    flatten("report", "", report, out);
    byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[BOM.length + text.length];
    System.arraycopy(BOM, 0, all, 0, BOM.length);
    System.arraycopy(text, 0, all, BOM.length, text.length);
    return all;
  }

  private static void flatten(String scope, String key, Map<?, ?> m, StringBuilder out) {
    for (Map.Entry<?, ?> e : m.entrySet()) {
      String name = String.valueOf(e.getKey());
      Object value = e.getValue();
      if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map) {
        String inner = "report".equals(scope) ? name : scope + "/" + name;
        for (Object item : list) {
          Map<?, ?> row = (Map<?, ?>) item;
          Map.Entry<?, ?> first = row.entrySet().iterator().next();
          String rowKey = (key.isEmpty() ? "" : key + " ") + first.getValue();
          Map<Object, Object> rest = new java.util.LinkedHashMap<>(row);
          rest.remove(first.getKey());
          flatten(inner, rowKey, rest, out);
        }
      } else if (value instanceof List<?> list) {
        line(out, scope, key, name, String.join(" ", list.stream().map(String::valueOf).toList()));
      } else if (value instanceof Map<?, ?> sub) {
        sub.forEach((k, v) -> line(out, scope, key, name + "." + k, v == null ? "" : v.toString()));
      } else {
        line(out, scope, key, name, value == null ? "" : value.toString());
      }
    }
  }

  private static void line(StringBuilder out, String scope, String key, String figure, String v) {
    out.append(cell(scope))
        .append(',')
        .append(cell(key))
        .append(',')
        .append(cell(figure))
        .append(',')
        .append(cell(v))
        .append("\r\n");
  }

  /** Every CSV export escapes formulas the same way: {@link CsvTable#cell(String)}. */
  static String cell(String value) {
    return CsvTable.cell(value);
  }
}
