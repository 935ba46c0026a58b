package com.followup.admin.console.manager.reports;

import com.followup.admin.reports.Dashboards;
import com.followup.admin.reports.ReportScope;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's filters as the address holds them ({@code ?period=week&date=2026-11-22&by=dealer
 * &dealer=SH001}), so a view can be shared; and the addresses of the views one click away.
 */
public record DashboardParams(String period, LocalDate date, String by, ReportScope scope) {

  static final List<String> PERIODS = List.of("day", "week", "month");

  /** A filter the page refuses, with the field it names and the message saying why. */
  static final class Invalid extends RuntimeException {
    final String field;
    final String messageKey;
    final String reason;

    Invalid(String field, String messageKey, String reason) {
      super(reason);
      this.field = field;
      this.messageKey = messageKey;
      this.reason = reason;
    }
  }

  static DashboardParams parse(
      String period,
      String date,
      String by,
      String campaign,
      String dealer,
      String agent,
      LocalDate today) {
    String p = blank(period) ? "day" : period.trim().toLowerCase(Locale.ROOT);
    if (!PERIODS.contains(p)) {
      throw new Invalid("period", "reports.error.period", "period must be day, week or month");
    }
    LocalDate d = today;
    if (!blank(date)) {
      try {
        d = LocalDate.parse(date.trim());
      } catch (DateTimeException e) {
        throw new Invalid("date", "reports.error.date", "date must be YYYY-MM-DD");
      }
    }
    String b = blank(by) ? "campaign" : by.trim().toLowerCase(Locale.ROOT);
    if (!Dashboards.BREAKDOWNS.contains(b)) {
      throw new Invalid("by", "reports.error.by", "by must be campaign, dealer or agent");
    }
    ReportScope scope;
    try {
      scope = ReportScope.of(campaign, dealer, agent);
    } catch (IllegalArgumentException e) {
      throw new Invalid(
          "scope",
          "reports.error.scope",
          "give at most one of campaign, dealer and agent, each 1 to 128 characters");
    }
    return new DashboardParams(p, d, b, scope);
  }

  /** The defaults, shown beside a refused filter. */
  static DashboardParams defaults(LocalDate today) {
    return new DashboardParams("day", today, "campaign", ReportScope.CENTRE);
  }

  /** This view's query string. */
  public String query() {
    return query(scope, by);
  }

  /** The dashboard of one breakdown row (campaign, dealer or agent), same period. */
  public String drill(String kind, String key) {
    return query(new ReportScope(ReportScope.Kind.valueOf(kind.toUpperCase(Locale.ROOT)), key), by);
  }

  /** The whole centre's dashboard, same period, broken down by what this scope is. */
  public String centre() {
    return query(ReportScope.CENTRE, scope.isCentre() ? by : scope.kind().param());
  }

  /** The same period one step earlier or later (a day, a week, a month). */
  public String shifted(int steps) {
    LocalDate d =
        switch (period) {
          case "week" -> date.plusWeeks(steps);
          case "month" -> date.plusMonths(steps);
          default -> date.plusDays(steps);
        };
    return new DashboardParams(period, d, by, scope).query();
  }

  private String query(ReportScope s, String breakdown) {
    StringBuilder q = new StringBuilder("?period=").append(period).append("&date=").append(date);
    q.append("&by=").append(breakdown);
    if (!s.isCentre()) {
      q.append('&').append(s.kind().param()).append('=').append(encode(s.key()));
    }
    return q.toString();
  }

  /** The scope's key for a file name: letters, digits, dashes and underscores only. */
  public String fileName() {
    String name = "report-" + period + "-" + date;
    if (!scope.isCentre()) {
      name += "-" + scope.kind().param() + "-" + scope.key().replaceAll("[^A-Za-z0-9_-]", "_");
    }
    return name + ".csv";
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
