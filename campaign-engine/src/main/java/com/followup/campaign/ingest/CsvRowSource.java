package com.followup.campaign.ingest;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV (quoted commas and line breaks, LF or CRLF) with one header row; columns in any
 * order, unknown ones ignored. A missing required column or an empty file fails before any row.
 */
final class CsvRowSource implements RowSource {

  private final CsvReader<CsvRecord> reader;
  private final Iterator<CsvRecord> records;
  private final Column[] columnAt;

  CsvRowSource(Reader input) {
    this.reader = CsvReader.builder().skipEmptyLines(true).ofCsvRecord(input);
    this.records = reader.iterator();
    if (!records.hasNext()) {
      throw new MalformedUpload("the file is empty: expected a header row and records");
    }
    this.columnAt = header(records.next());
  }

  private static Column[] header(CsvRecord header) {
    List<String> cells = new ArrayList<>(header.getFields());
    if (!cells.isEmpty()) {
      cells.set(0, stripBom(cells.get(0)));
    }
    Column[] columnAt = new Column[cells.size()];
    for (int i = 0; i < cells.size(); i++) {
      columnAt[i] = Column.named(cells.get(i)).orElse(null);
    }
    List<String> missing =
        Arrays.stream(Column.values())
            .filter(c -> c.required && Arrays.stream(columnAt).noneMatch(c::equals))
            .map(c -> c.csvName)
            .collect(Collectors.toList());
    if (!missing.isEmpty()) {
      throw new MalformedUpload(
          "missing required column(s): "
              + String.join(", ", missing)
              + "; the header must name record_type, record_id, event_time, customer_name, phone");
    }
    return columnAt;
  }

  private static String stripBom(String cell) {
    return !cell.isEmpty() && cell.charAt(0) == '\uFEFF' ? cell.substring(1) : cell;
  }

  @Override
  public RawRow next() {
    if (!records.hasNext()) {
      return null;
    }
    CsvRecord record = records.next();
    String[] values = new String[Column.values().length];
    int count = Math.min(record.getFieldCount(), columnAt.length);
    for (int i = 0; i < count; i++) {
      Column column = columnAt[i];
      if (column != null && values[column.ordinal()] == null) {
        values[column.ordinal()] = record.getField(i);
      }
    }
    return new RawRow(record.getStartingLineNumber(), values);
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
