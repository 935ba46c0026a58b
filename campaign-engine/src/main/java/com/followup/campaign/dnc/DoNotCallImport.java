package com.followup.campaign.dnc;

import com.followup.campaign.dispatch.DoNotCallList;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Puts a CSV file of numbers on the do-not-call list, line by line: a number per line, optionally
 * with its own reason and country ({@code phone,reason,country}, with or without that header). A
 * bad line is reported with its line number and never stops the good ones.
 */
@Singleton
public class DoNotCallImport {

  /** The most lines one file may hold. */
  public static final int MAX_LINES = 100_000;

  /** The most refusals reported one by one (all are counted). */
  public static final int MAX_ERRORS = 1_000;

  private final DoNotCallList list;

  DoNotCallImport(DoNotCallList list) {
    this.list = list;
  }

  /**
   * @param csv the file as sent: UTF-8 (with or without BOM) or GB18030
   * @param reason the reason for lines that give none
   * @param country the country of national numbers on lines that give none; null for +form only
   * @param by who imports it
   * @throws IllegalArgumentException when the file is empty or longer than {@link #MAX_LINES}
   */
  public DoNotCallImportResult importCsv(
      byte[] csv, @Nullable String reason, @Nullable String country, String by) {
    String text = decode(csv);
    if (text.isBlank()) {
      throw new IllegalArgumentException("the file is empty: expected one phone number per line");
    }
    Columns columns = null;
    int lines = 0;
    int added = 0;
    int rejected = 0;
    List<ImportedLineError> errors = new ArrayList<>();
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder()
            .skipEmptyLines(true)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .allowExtraCharsAfterClosingQuote(true)
            .ofCsvRecord(text)) {
      for (CsvRecord record : reader) {
        if (columns == null) {
          columns = Columns.of(record.getFields());
          if (columns.header()) {
            continue;
          }
        }
        if (++lines > MAX_LINES) {
          throw new IllegalArgumentException(
              "the file holds more than " + MAX_LINES + " numbers: split it");
        }
        String problem = add(columns, record.getFields(), reason, country, by);
        if (problem == null) {
          added++;
        } else {
          rejected++;
          if (errors.size() < MAX_ERRORS) {
            errors.add(new ImportedLineError(record.getStartingLineNumber(), problem));
          }
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new DoNotCallImportResult(lines, added, rejected, errors);
  }

  /** Adds one line's number; returns why it could not be, or null. */
  private String add(
      Columns columns, List<String> cells, String defaultReason, String defaultCountry, String by) {
    String phone = columns.cell(cells, columns.phone());
    if (phone == null) {
      return "no phone number";
    }
    String reason = or(columns.cell(cells, columns.reason()), defaultReason);
    if (reason == null) {
      return "no reason: give one in the file or in the form";
    }
    if (reason.length() > 500) {
      return "the reason is longer than 500 characters";
    }
    String country = or(columns.cell(cells, columns.country()), defaultCountry);
    try {
      list.add(
          DoNotCallList.normalize(phone, country == null ? null : country.toUpperCase(Locale.ROOT)),
          reason,
          by);
      return null;
    } catch (IllegalArgumentException invalid) {
      return invalid.getMessage();
    }
  }

  private static String or(String value, String fallback) {
    return value != null ? value : (fallback == null || fallback.isBlank() ? null : fallback);
  }

  private static String decode(byte[] bytes) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, Charset.forName("GB18030"));
    }
  }

  /** Where the phone, reason and country are: named by a header, else in that order. */
  private record Columns(boolean header, int phone, int reason, int country) {

    static Columns of(List<String> first) {
      int phone = indexOf(first, "phone");
      if (phone < 0) {
        return new Columns(false, 0, 1, 2);
      }
      return new Columns(true, phone, indexOf(first, "reason"), indexOf(first, "country"));
    }

    private static int indexOf(List<String> cells, String name) {
      for (int i = 0; i < cells.size(); i++) {
        if (cells.get(i).trim().toLowerCase(Locale.ROOT).equals(name)) {
          return i;
        }
      }
      return -1;
    }

    String cell(List<String> cells, int at) {
      if (at < 0 || at >= cells.size()) {
        return null;
      }
      String value = cells.get(at).strip();
      return value.isEmpty() ? null : value;
    }
  }
}
