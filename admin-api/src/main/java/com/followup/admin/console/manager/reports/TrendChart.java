package com.followup.admin.console.manager.reports;

import com.followup.admin.reports.ReportScope;
import com.followup.admin.reports.TrendDay;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One 30-day trend chart of the dashboard: its values a day (null where there is nothing to divide
 * by), drawn by {@code /assets/reports.js} from data attributes, and the same values as the rows of
 * its table.
 *
 * @param id the canvas's id
 * @param kind percent or count
 * @param cap a line to draw across (the abandonment cap), or null
 */
public record TrendChart(String id, String title, String kind, List<Number> values, Double cap) {

  /** A row of the chart's table. */
  public record Point(String day, String value, boolean over) {}

  /** The charts a scope has figures for, in the page's order. */
  static List<TrendChart> of(ReportScope scope, List<TrendDay> trend, double cap) {
    List<TrendChart> charts = new ArrayList<>();
    if (scope.hasCalls()) {
      charts.add(
          chart(
              "trend-connect",
              "reports.trend.connectRate",
              "percent",
              trend,
              TrendDay::connectRate,
              null));
    }
    if (scope.hasAbandonment()) {
      charts.add(
          chart(
              "trend-abandonment",
              "reports.trend.abandonmentRate",
              "percent",
              trend,
              TrendDay::abandonmentRate,
              cap));
    }
    if (scope.hasSlaTargets()) {
      charts.add(
          chart(
              "trend-sla",
              "reports.trend.slaCompliance",
              "percent",
              trend,
              TrendDay::slaCompliance,
              null));
    }
    if (scope.hasSteps()) {
      charts.add(
          chart(
              "trend-window",
              "reports.trend.completedInWindow",
              "count",
              trend,
              TrendDay::completedInWindow,
              null));
    }
    if (scope.hasCalls()) {
      charts.add(
          chart("trend-dials", "reports.trend.dials", "count", trend, TrendDay::dials, null));
    }
    if (scope.hasBreaches()) {
      charts.add(
          chart(
              "trend-breaches",
              "reports.trend.slaBreaches",
              "count",
              trend,
              TrendDay::slaBreaches,
              null));
    }
    return charts;
  }

  private static TrendChart chart(
      String id,
      String title,
      String kind,
      List<TrendDay> trend,
      Function<TrendDay, Number> value,
      Double cap) {
    return new TrendChart(id, title, kind, trend.stream().map(value).toList(), cap);
  }

  /** The table's rows: each day with its value formatted, over the cap marked. */
  public List<Point> points(List<TrendDay> trend, FigureFormat format) {
    List<Point> points = new ArrayList<>(trend.size());
    for (int i = 0; i < trend.size(); i++) {
      Number v = values.get(i);
      boolean over = cap != null && v != null && v.doubleValue() > cap;
      points.add(new Point(trend.get(i).day().toString(), format.number(v, kind), over));
    }
    return points;
  }
}
