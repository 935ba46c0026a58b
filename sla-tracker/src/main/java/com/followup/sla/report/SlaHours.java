package com.followup.sla.report;

import com.followup.sla.db.SlaDatabase;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The SLA figures of a trend, per UTC hour over [from, to): targets met and breached, and the
 * breach ledger's entries, by the moment each happened. Counted as {@link SlaReports} counts them:
 * a target met after its deadline counts as breached only.
 */
@Singleton
public class SlaHours {

  /** Targets met or breached in one UTC hour, for one department and dealer. */
  public record TargetHour(
      Instant hour, String department, String dealerCode, long met, long breached) {}

  /** Breaches flagged in one UTC hour, for one dealer and owner. */
  public record BreachHour(Instant hour, String dealerCode, String owner, long count) {}

  private static final String HOUR_OF =
      "TIMESTAMPADD(HOUR, HOUR(%1$s), CAST(CAST(%1$s AS DATE) AS DATETIME))";

  private final SlaDatabase db;

  SlaHours(SlaDatabase db) {
    this.db = db;
  }

  @Transactional(readOnly = true)
  public List<TargetHour> targets(Instant from, Instant to) {
    List<TargetHour> hours = new ArrayList<>();
    hours.addAll(
        db.query(
            "SELECT "
                + HOUR_OF.formatted("t.met_at")
                + " AS h, k.department, k.dealer_code,"
                + " COUNT(*) AS n FROM sla_target t JOIN sla_ticket k ON k.id = t.ticket_id"
                + " WHERE t.met_at >= ? AND t.met_at < ? AND t.breached_at IS NULL"
                + " GROUP BY h, k.department, k.dealer_code",
            row ->
                new TargetHour(
                    hour(row),
                    row.getString("department"),
                    row.getString("dealer_code"),
                    row.getLong("n"),
                    0),
            from,
            to));
    hours.addAll(
        db.query(
            "SELECT "
                + HOUR_OF.formatted("t.breached_at")
                + " AS h, k.department, k.dealer_code,"
                + " COUNT(*) AS n FROM sla_target t JOIN sla_ticket k ON k.id = t.ticket_id"
                + " WHERE t.breached_at >= ? AND t.breached_at < ?"
                + " GROUP BY h, k.department, k.dealer_code",
            row ->
                new TargetHour(
                    hour(row),
                    row.getString("department"),
                    row.getString("dealer_code"),
                    0,
                    row.getLong("n")),
            from,
            to));
    return hours;
  }

  @Transactional(readOnly = true)
  public List<BreachHour> breaches(Instant from, Instant to) {
    return db.query(
        "SELECT "
            + HOUR_OF.formatted("breached_at")
            + " AS h, dealer_code, owner, COUNT(*) AS n"
            + " FROM sla_breach WHERE breached_at >= ? AND breached_at < ?"
            + " GROUP BY h, dealer_code, owner",
        row ->
            new BreachHour(
                hour(row), row.getString("dealer_code"), row.getString("owner"), row.getLong("n")),
        from,
        to);
  }

  private static Instant hour(java.sql.ResultSet row) throws java.sql.SQLException {
    return row.getObject("h", LocalDateTime.class).toInstant(ZoneOffset.UTC);
  }
}
