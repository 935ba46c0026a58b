package com.followup.sla.department;

import static com.followup.sla.db.SlaDatabase.instant;

import com.followup.sla.db.SlaDatabase;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The responsible departments in {@code sla_department}: created or replaced by code. */
@Singleton
public class Departments {

  private final SlaDatabase db;
  private final Clock clock;

  Departments(SlaDatabase db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Creates the department or replaces every field of it; returns true when it was new. */
  @Transactional
  public boolean save(Department d, String actor) {
    boolean existed = find(d.code()).isPresent();
    Object[] fields = {
      d.name(),
      d.webhookUrl(),
      d.webhookSecret(),
      d.email(),
      d.zone().getId(),
      d.workStarts().toString(),
      d.workEnds().toString(),
      clock.instant(),
      actor,
      d.code()
    };
    if (existed) {
      db.update(
          "UPDATE sla_department SET name = ?, webhook_url = ?, webhook_secret = ?, email = ?,"
              + " timezone = ?, work_starts = ?, work_ends = ?, updated_at = ?, updated_by = ?"
              + " WHERE code = ?",
          fields);
    } else {
      db.update(
          "INSERT INTO sla_department (name, webhook_url, webhook_secret, email, timezone,"
              + " work_starts, work_ends, updated_at, updated_by, code)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          fields);
    }
    return !existed;
  }

  @Transactional(readOnly = true)
  public Optional<Department> find(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return db.queryOne(
        "SELECT * FROM sla_department WHERE code = ?", Departments::department, code.trim());
  }

  @Transactional(readOnly = true)
  public List<Department> list() {
    return db.query("SELECT * FROM sla_department ORDER BY code", Departments::department);
  }

  /** When it was last changed, for the API. */
  @Transactional(readOnly = true)
  public Optional<java.time.Instant> updatedAt(String code) {
    return db.queryOne(
        "SELECT updated_at FROM sla_department WHERE code = ?",
        row -> instant(row, "updated_at"),
        code);
  }

  private static Department department(ResultSet row) throws SQLException {
    return new Department(
        row.getString("code"),
        row.getString("name"),
        row.getString("webhook_url"),
        row.getString("webhook_secret"),
        row.getString("email"),
        ZoneId.of(row.getString("timezone")),
        LocalTime.parse(row.getString("work_starts")),
        LocalTime.parse(row.getString("work_ends")));
  }
}
