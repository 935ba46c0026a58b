package com.followup.sla.breach;

import java.util.ArrayList;
import java.util.List;

/** The SQL for a {@link BreachFilter}: one condition per field given. */
record BreachQuery(String sql, Object[] params) {

  static BreachQuery of(BreachFilter filter) {
    List<Object> params = new ArrayList<>();
    String where = where(filter, params);
    return new BreachQuery(
        "SELECT * FROM sla_breach"
            + where
            + " ORDER BY breached_at DESC, id DESC LIMIT "
            + filter.limit(),
        params.toArray());
  }

  /** How many breaches match the filter, whatever its limit. */
  static BreachQuery count(BreachFilter filter) {
    List<Object> params = new ArrayList<>();
    String where = where(filter, params);
    return new BreachQuery("SELECT COUNT(*) FROM sla_breach" + where, params.toArray());
  }

  private static String where(BreachFilter filter, List<Object> params) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    add(where, params, "status = ?", filter.status());
    add(where, params, "breached_at >= ?", filter.since());
    add(where, params, "breached_at < ?", filter.until());
    add(where, params, "target = ?", filter.stage());
    add(where, params, "department = ?", filter.department());
    add(where, params, "dealer_code = ?", filter.dealerCode());
    add(where, params, "owner = ?", filter.owner());
    add(where, params, "ticket_type = ?", filter.ticketType());
    return where.toString();
  }

  private static void add(
      StringBuilder where, List<Object> params, String condition, Object value) {
    if (value != null) {
      where.append(" AND ").append(condition);
      params.add(value);
    }
  }
}
