package com.followup.sla.breach;

import com.followup.sla.breach.BoardQuery.Facet;
import com.followup.sla.db.SlaDatabase;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * QA's breach board: the ledger's lines under a filter, oldest first (the work queue's order), a
 * page at a time, with how many match each value of each facet. A facet's counts are taken under
 * every other filter but its own, so choosing a dealer still shows the other dealers' counts.
 */
@Singleton
public class BreachBoard {

  /** At most this many values are counted per facet, the largest first. */
  public static final int FACET_VALUES = 50;

  /** The largest page the board serves. */
  public static final int MAX_PAGE = 200;

  private final SlaDatabase db;

  BreachBoard(SlaDatabase db) {
    this.db = db;
  }

  /** One page of the breaches matching the filter, oldest first, and how many match in all. */
  @Transactional(readOnly = true)
  public Page page(BoardFilter filter, int offset, int size) {
    if (offset < 0 || size < 1 || size > MAX_PAGE) {
      throw new IllegalArgumentException("a page starts at 0 or later and holds 1 to " + MAX_PAGE);
    }
    BoardQuery query = BoardQuery.of(filter);
    List<Breach> rows =
        db.query(
            "SELECT * FROM sla_breach"
                + query.where()
                + " ORDER BY breached_at, id LIMIT "
                + size
                + " OFFSET "
                + offset,
            BreachLedger::breach,
            query.params());
    long total =
        db.queryOne(
                "SELECT COUNT(*) FROM sla_breach" + query.where(),
                row -> row.getLong(1),
                query.params())
            .orElse(0L);
    return new Page(rows, offset, size, total);
  }

  /** For each facet, how many breaches have each value under the other filters. */
  @Transactional(readOnly = true)
  public Map<String, List<FacetCount>> facets(BoardFilter filter) {
    Map<String, List<FacetCount>> facets = new java.util.LinkedHashMap<>();
    Map<Facet, List<FacetCount>> counted = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      BoardQuery query = BoardQuery.without(filter, facet);
      counted.put(
          facet,
          db.query(
              "SELECT "
                  + facet.column
                  + ", COUNT(*) FROM sla_breach"
                  + query.where()
                  + " AND "
                  + facet.column
                  + " IS NOT NULL GROUP BY "
                  + facet.column
                  + " ORDER BY COUNT(*) DESC, "
                  + facet.column
                  + " LIMIT "
                  + FACET_VALUES,
              row -> new FacetCount(row.getString(1), row.getLong(2)),
              query.params()));
    }
    counted.forEach((facet, counts) -> facets.put(facet.name(), counts));
    return facets;
  }

  /** Every breach of one ticket, in the order they were flagged. */
  @Transactional(readOnly = true)
  public List<Breach> ofTicket(long ticketId) {
    return db.query(
        "SELECT * FROM sla_breach WHERE ticket_id = ? ORDER BY breached_at, id",
        BreachLedger::breach,
        ticketId);
  }

  /** How many breaches have one value of a facet. */
  public record FacetCount(String value, long count) {}

  /**
   * A page of the board.
   *
   * @param offset how many matching breaches come before it
   * @param total how many match in all
   */
  public record Page(List<Breach> breaches, int offset, int size, long total) {

    public Page {
      breaches = List.copyOf(breaches);
    }

    public boolean hasPrevious() {
      return offset > 0;
    }

    public boolean hasNext() {
      return offset + breaches.size() < total;
    }

    public int previousOffset() {
      return Math.max(0, offset - size);
    }

    public int nextOffset() {
      return offset + size;
    }

    /** The 1-based position of the first line shown (0 when none is). */
    public long first() {
      return breaches.isEmpty() ? 0 : offset + 1L;
    }

    public long last() {
      return offset + (long) breaches.size();
    }
  }
}
