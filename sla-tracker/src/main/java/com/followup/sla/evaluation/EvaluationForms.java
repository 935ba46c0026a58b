package com.followup.sla.evaluation;

import com.followup.sla.db.SlaDatabase;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The evaluation forms ({@code qa_form}): every change is a new version, none is overwritten. */
@Singleton
public class EvaluationForms {

  private final SlaDatabase db;
  private final ObjectMapper json;
  private final Clock clock;

  EvaluationForms(SlaDatabase db, ObjectMapper json, Clock clock) {
    this.db = db;
    this.json = json;
    this.clock = clock;
  }

  /** Saves the definition as the form's next version (the first for a new code). */
  @Transactional
  public EvaluationForm save(String code, FormDefinition definition, String by) {
    if (code == null || !code.matches("[A-Za-z0-9_-]{1,40}")) {
      throw new IllegalArgumentException("a form code is 1 to 40 letters, digits, - or _");
    }
    if (definition == null) {
      throw new IllegalArgumentException("the form's definition is required");
    }
    FormDefinition checked = definition.checked();
    // the row lock on the latest version serialises two saves of one form
    int latest =
        db.queryOne(
                "SELECT MAX(version) FROM qa_form WHERE code = ? FOR UPDATE",
                row -> row.getInt(1),
                code)
            .orElse(0);
    db.update(
        "INSERT INTO qa_form (code, version, name, definition, created_at, created_by)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        code,
        latest + 1,
        checked.name(),
        write(checked),
        clock.instant(),
        by);
    return version(code, latest + 1).orElseThrow();
  }

  @Transactional(readOnly = true)
  public Optional<EvaluationForm> latest(String code) {
    return db.queryOne(
        "SELECT code, version, definition, created_at, created_by FROM qa_form WHERE code = ?"
            + " ORDER BY version DESC LIMIT 1",
        this::read,
        code);
  }

  @Transactional(readOnly = true)
  public Optional<EvaluationForm> version(String code, int version) {
    return db.queryOne(
        "SELECT code, version, definition, created_at, created_by FROM qa_form"
            + " WHERE code = ? AND version = ?",
        this::read,
        code,
        version);
  }

  /** The latest version of every form, by code. */
  @Transactional(readOnly = true)
  public List<EvaluationForm> list() {
    return db.query(
        "SELECT f.code, f.version, f.definition, f.created_at, f.created_by FROM qa_form f"
            + " JOIN (SELECT code, MAX(version) AS version FROM qa_form GROUP BY code) l"
            + " ON l.code = f.code AND l.version = f.version ORDER BY f.code",
        this::read);
  }

  private EvaluationForm read(ResultSet row) throws SQLException {
    try {
      return new EvaluationForm(
          row.getString("code"),
          row.getInt("version"),
          json.readValue(row.getString("definition"), FormDefinition.class),
          SlaDatabase.instant(row, "created_at"),
          row.getString("created_by"));
    } catch (IOException e) {
      throw new UncheckedIOException("stored form " + row.getString("code") + " is unreadable", e);
    }
  }

  private String write(FormDefinition definition) {
    try {
      return json.writeValueAsString(definition);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
