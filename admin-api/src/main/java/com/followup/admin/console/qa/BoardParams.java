package com.followup.admin.console.qa;

import com.followup.sla.breach.BoardFilter;
import com.followup.sla.breach.BreachStatus;
import com.followup.sla.policy.TicketType;
import io.micronaut.http.HttpRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The breach board's filters as the URL carries them, so a filtered board can be bookmarked and
 * shared: {@code from} and {@code to} are days in the viewer's zone ({@code to} included), {@code
 * status} is {@code waiting} (open or appealed, the default), {@code all} or one status.
 */
public record BoardParams(
    String status,
    String from,
    String to,
    String stage,
    String department,
    String dealer,
    String agent,
    String type,
    int offset) {

  static final List<String> NAMES =
      List.of("status", "from", "to", "stage", "department", "dealer", "agent", "type");

  public static BoardParams of(HttpRequest<?> request) {
    var q = request.getParameters();
    int offset;
    try {
      offset = Math.max(0, Integer.parseInt(q.get("offset", String.class).orElse("0")));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("offset must be a number");
    }
    return new BoardParams(
        blank(q.get("status", String.class).orElse(null)),
        blank(q.get("from", String.class).orElse(null)),
        blank(q.get("to", String.class).orElse(null)),
        blank(q.get("stage", String.class).orElse(null)),
        blank(q.get("department", String.class).orElse(null)),
        blank(q.get("dealer", String.class).orElse(null)),
        blank(q.get("agent", String.class).orElse(null)),
        blank(q.get("type", String.class).orElse(null)),
        offset);
  }

  /** The filter for the sla-tracker's board; bad values are the caller's 400. */
  public BoardFilter filter(ZoneId zone) {
    return new BoardFilter(
        statuses(),
        day(from, "from", zone, 0),
        day(to, "to", zone, 1),
        stage,
        department,
        dealer,
        agent,
        type == null ? null : TicketType.parse(type).name());
  }

  /** The status choice shown in the form: waiting unless another was asked for. */
  public String statusChoice() {
    return status == null ? "waiting" : status.toLowerCase(java.util.Locale.ROOT);
  }

  private List<BreachStatus> statuses() {
    return switch (statusChoice()) {
      case "waiting" -> BoardFilter.WAITING;
      case "all" -> List.of();
      default -> List.of(BreachStatus.parse(status));
    };
  }

  private static Instant day(String value, String name, ZoneId zone, int plusDays) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value).plusDays(plusDays).atStartOfDay(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be a day like 2026-11-22: '" + value + "'");
    }
  }

  /** The query string of these filters with one changed (null removes it), from the first page. */
  public String with(String name, String value) {
    Map<String, String> values = values();
    if (value == null) {
      values.remove(name);
    } else {
      values.put(name, value);
    }
    return query(values, 0);
  }

  /** The query string of these filters on another page. */
  public String page(int at) {
    return query(values(), at);
  }

  /** The value given for one filter, or null. */
  public String value(String name) {
    return values().get(name);
  }

  private Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    String[] given = {status, from, to, stage, department, dealer, agent, type};
    for (int i = 0; i < NAMES.size(); i++) {
      if (given[i] != null) {
        values.put(NAMES.get(i), given[i]);
      }
    }
    return values;
  }

  private static String query(Map<String, String> values, int offset) {
    if (offset > 0) {
      values.put("offset", Integer.toString(offset));
    }
    String q =
        values.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return q.isEmpty() ? "" : "?" + q;
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
