package com.followup.admin.console.manager.reports;

import com.followup.admin.console.ConsoleLocales;
import com.followup.admin.console.ConsolePages;
import com.followup.admin.console.ConsoleRedirects;
import com.followup.admin.reports.DashboardReport;
import com.followup.admin.reports.Dashboards;
import com.followup.admin.reports.TrendDay;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The manager's KPI dashboard: a period's headline figures, 30-day trend charts and a breakdown
 * whose rows open their own dashboard; the filters live in the address and htmx swaps the dashboard
 * in place. The same use case ({@link Dashboards}) as {@code GET /api/reports}; the CSV download is
 * its CSV, served with the console's session.
 */
@Controller("/manager/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("MANAGER")
class ReportsPage {

  private static final MediaType CSV = new MediaType("text/csv; charset=utf-8");

  private final ConsolePages pages;
  private final Dashboards dashboards;
  private final ConsoleLocales locales;
  private final JsonMapper json;
  private final AutomatedFigures automated;

  ReportsPage(
      ConsolePages pages,
      Dashboards dashboards,
      ConsoleLocales locales,
      JsonMapper json,
      AutomatedFigures automated) {
    this.pages = pages;
    this.dashboards = dashboards;
    this.locales = locales;
    this.json = json;
    this.automated = automated;
  }

  @Get(produces = MediaType.TEXT_HTML)
  MutableHttpResponse<String> dashboard(
      HttpRequest<?> request,
      @Nullable @QueryValue String period,
      @Nullable @QueryValue String date,
      @Nullable @QueryValue String by,
      @Nullable @QueryValue String campaign,
      @Nullable @QueryValue String dealer,
      @Nullable @QueryValue String agent) {
    boolean fragment =
        ConsoleRedirects.isHtmx(request)
            && !"true".equalsIgnoreCase(request.getHeaders().get("HX-History-Restore-Request"));
    String view = fragment ? "manager/reports :: dashboard" : "manager/reports";
    DashboardParams params;
    try {
      params = DashboardParams.parse(period, date, by, campaign, dealer, agent, dashboards.today());
    } catch (DashboardParams.Invalid invalid) {
      Map<String, Object> model = new HashMap<>();
      model.put("params", DashboardParams.defaults(dashboards.today()));
      model.put("error", invalid.messageKey);
      model.put("errorField", invalid.field);
      model.put("periods", DashboardParams.PERIODS);
      model.put("bys", Dashboards.BREAKDOWNS);
      return pages.render(request, HttpStatus.BAD_REQUEST, view, model);
    }
    DashboardReport report =
        dashboards.dashboard(
            params.period(), params.date().toString(), params.by(), params.scope());
    FigureFormat format = new FigureFormat(locales.resolveOrDefault(request));
    List<TrendChart> charts = TrendChart.of(params.scope(), report.trend(), report.cap());
    Map<String, Object> model = new HashMap<>();
    model.put("params", params);
    model.put("report", report);
    model.put("f", report.figures());
    model.put("num", format);
    model.put("periods", DashboardParams.PERIODS);
    model.put("bys", Dashboards.BREAKDOWNS);
    model.put("columns", BreakdownColumns.of(report.by()));
    model.put("charts", charts);
    model.put("points", charts.stream().map(c -> c.points(report.trend(), format)).toList());
    model.put("chartValues", charts.stream().map(c -> write(c.values())).toList());
    model.put("trendLabels", write(report.trend().stream().map(d -> d.day().toString()).toList()));
    model.put("daysOverCap", daysOverCap(report.figures()));
    model.put("trendOverCap", report.trend().stream().filter(TrendDay::overCap).count());
    automated.putInto(model, report);
    return pages.render(request, view, model);
  }

  @Get(uri = "/csv", produces = "text/csv")
  HttpResponse<?> csv(
      HttpRequest<?> request,
      @Nullable @QueryValue String period,
      @Nullable @QueryValue String date,
      @Nullable @QueryValue String by,
      @Nullable @QueryValue String campaign,
      @Nullable @QueryValue String dealer,
      @Nullable @QueryValue String agent) {
    DashboardParams params;
    try {
      params = DashboardParams.parse(period, date, by, campaign, dealer, agent, dashboards.today());
    } catch (DashboardParams.Invalid invalid) {
      return pages.render(
          request,
          HttpStatus.BAD_REQUEST,
          "error",
          Map.of("status", 400, "message", "error.400", "detail", invalid.reason));
    }
    DashboardReport report =
        dashboards.dashboard(
            params.period(), params.date().toString(), params.by(), params.scope());
    return HttpResponse.ok(dashboards.csv(report))
        .contentType(CSV)
        .header(
            HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + params.fileName() + "\"");
  }

  /** The days of the period whose abandonment went over the cap. */
  @SuppressWarnings("unchecked")
  private static List<String> daysOverCap(Map<String, Object> figures) {
    Object days = figures.get("days");
    if (!(days instanceof List<?> list)) {
      return List.of();
    }
    return list.stream()
        .map(d -> (Map<String, Object>) d)
        .filter(d -> Boolean.TRUE.equals(d.get("overCap")))
        .map(d -> String.valueOf(d.get("date")))
        .toList();
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
