package com.followup.campaign.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * What the rejected-rows file repeats of the file a dealer sent: its header cells (null for JSON),
 * its charset and whether it began with a byte order mark.
 */
record SourceFile(List<String> header, Charset charset, boolean hadBom) {

  private static final JsonFactory JSON = new JsonFactory();

  static String encodeHeader(List<String> header) {
    if (header == null) {
      return null;
    }
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(text)) {
      json.writeStartArray();
      for (String cell : header) {
        json.writeString(cell);
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** A JSON array of strings (nulls kept), as {@link #encodeHeader} or a CSV row's cells. */
  static List<String> decodeArray(String text) {
    List<String> cells = new ArrayList<>();
    try (JsonParser json = JSON.createParser(text)) {
      json.nextToken();
      for (JsonToken t = json.nextToken(); t != JsonToken.END_ARRAY; t = json.nextToken()) {
        cells.add(t == JsonToken.VALUE_NULL ? null : json.getText());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cells;
  }
}
