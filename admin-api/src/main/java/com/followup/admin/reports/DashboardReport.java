package com.followup.admin.reports;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A manager's dashboard: the report of a period for a scope, a breakdown and the 30 days ending on
 * the chosen date.
 *
 * @param figures the report's figures as {@code GET /api/reports} names them (for the centre, that
 *     very report)
 * @param by the breakdown: campaign, dealer or agent
 * @param rows the breakdown's rows (the centre's only; each names its key under {@code by})
 * @param cap the abandonment cap the scope is held to
 */
public record DashboardReport(
    String period,
    LocalDate date,
    LocalDate firstDay,
    LocalDate lastDay,
    ZoneId zone,
    ReportScope scope,
    String by,
    Map<String, Object> figures,
    List<Map<String, Object>> rows,
    List<TrendDay> trend,
    double cap) {

  /** The first of the trend's 30 days. */
  public LocalDate trendFirstDay() {
    return date.minusDays(DailyTrend.DAYS - 1);
  }
}
