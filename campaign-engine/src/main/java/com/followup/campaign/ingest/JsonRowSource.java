package com.followup.campaign.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A JSON array of record objects, streamed: field names as in the CSV header or camelCase; a row's
 * line is the line where its object starts.
 */
final class JsonRowSource implements RowSource {

  private static final JsonFactory JSON = new JsonFactory();
  private final JsonParser parser;

  JsonRowSource(Reader input) {
    try {
      this.parser = JSON.createParser(input);
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new MalformedUpload("the body is empty: expected a JSON array of records");
      }
      if (first != JsonToken.START_ARRAY) {
        throw new MalformedUpload("expected a JSON array of records");
      }
    } catch (JsonParseException e) {
      throw new MalformedUpload("not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public RawRow next() throws IOException {
    try {
      JsonToken token = parser.nextToken();
      if (token == null || token == JsonToken.END_ARRAY) {
        return null;
      }
      long line = parser.currentTokenLocation().getLineNr();
      if (token != JsonToken.START_OBJECT) {
        String text = token.isScalarValue() ? parser.getText() : null;
        parser.skipChildren();
        return new RawRow(
            line,
            null,
            null,
            text == null ? List.of() : Collections.singletonList(text),
            "expected a record object");
      }
      return fields(line);
    } catch (JsonParseException e) {
      throw new MalformedUpload(
          "not valid JSON at line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
    }
  }

  private RawRow fields(long line) throws IOException {
    String[] values = new String[Column.values().length];
    List<String> names = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      var column = Column.named(name);
      String text = null;
      if (value.isStructStart()) {
        parser.skipChildren();
      } else if (value != JsonToken.VALUE_NULL) {
        text = parser.getText();
        if (column.isPresent()) {
          values[column.get().ordinal()] = text;
        }
      }
      names.add(name);
      cells.add(text);
    }
    return new RawRow(line, values, names, cells, null);
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
