package com.followup.sla.breach;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The SQL of the breach board: one condition per field of a {@link BoardFilter}, optionally leaving
 * one facet's own condition out (its counts are taken under the other filters).
 */
record BoardQuery(String where, Object[] params) {

  /** The columns the board counts by, named as the page names its filters. */
  enum Facet {
    STATUS("status"),
    STAGE("target"),
    DEPARTMENT("department"),
    DEALER("dealer_code"),
    OWNER("owner"),
    TICKET_TYPE("ticket_type");

    final String column;

    Facet(String column) {
      this.column = column;
    }
  }

  static BoardQuery of(BoardFilter filter) {
    return without(filter, null);
  }

  /** The filter's conditions except the one on {@code left} (null: all of them). */
  static BoardQuery without(BoardFilter filter, Facet left) {
    List<Object> params = new ArrayList<>();
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (left != Facet.STATUS && !filter.statuses().isEmpty()) {
      where
          .append(" AND status IN (")
          .append(String.join(", ", Collections.nCopies(filter.statuses().size(), "?")))
          .append(")");
      params.addAll(filter.statuses());
    }
    add(where, params, "breached_at >= ?", filter.since());
    add(where, params, "breached_at < ?", filter.until());
    add(where, params, left == Facet.STAGE ? null : "target = ?", filter.stage());
    add(where, params, left == Facet.DEPARTMENT ? null : "department = ?", filter.department());
    add(where, params, left == Facet.DEALER ? null : "dealer_code = ?", filter.dealerCode());
    add(where, params, left == Facet.OWNER ? null : "owner = ?", filter.owner());
    add(where, params, left == Facet.TICKET_TYPE ? null : "ticket_type = ?", filter.ticketType());
    return new BoardQuery(where.toString(), params.toArray());
  }

  private static void add(
      StringBuilder where, List<Object> params, String condition, Object value) {
    if (condition != null && value != null) {
      where.append(" AND ").append(condition);
      params.add(value);
    }
  }
}
