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
 * order, unknown ones ignored. A missing required column or an empty file fails before any row. A
 * row with more or fewer fields than the header (a stray comma, an unclosed quote) is rejected on
 * its own instead of failing the upload.
 */
final class CsvRowSource implements RowSource {

  private final CsvReader<CsvRecord> reader;
  private final Iterator<CsvRecord> records;
  private final Column[] columnAt;
  private final List<String> header;
  private final boolean hadBom;

  CsvRowSource(Reader input) {
    this.reader =
        CsvReader.builder()
            .skipEmptyLines(true)
            // a row of the wrong shape is rejected by next(), never the whole upload
            .allowExtraFields(true)
            .allowMissingFields(true)
            .allowExtraCharsAfterClosingQuote(true)
            .ofCsvRecord(input);
    this.records = reader.iterator();
    if (!records.hasNext()) {
      throw new MalformedUpload("the file is empty: expected a header row and records");
    }
    List<String> cells = new ArrayList<>(records.next().getFields());
    this.hadBom = !cells.isEmpty() && cells.get(0).startsWith("\uFEFF");
    if (hadBom) {
      cells.set(0, cells.get(0).substring(1));
    }
    this.header = List.copyOf(cells);
    this.columnAt = columns(header);
  }

  private static Column[] columns(List<String> cells) {
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

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public boolean hadBom() {
    return hadBom;
  }

  @Override
  public RawRow next() {
    if (!records.hasNext()) {
      return null;
    }
    CsvRecord record = records.next();
    long line = record.getStartingLineNumber();
    if (record.getFieldCount() != columnAt.length) {
      String problem =
          "has "
              + record.getFieldCount()
              + (record.getFieldCount() == 1 ? " field" : " fields")
              + " where the header has "
              + columnAt.length
              + " (a comma or quote out of place?)";
      return new RawRow(line, null, null, record.getFields(), problem);
    }
    String[] values = new String[Column.values().length];
    for (int i = 0; i < columnAt.length; i++) {
      Column column = columnAt[i];
      if (column != null && values[column.ordinal()] == null) {
        values[column.ordinal()] = record.getField(i);
      }
    }
    return new RawRow(line, values, null, record.getFields(), null);
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
