package com.followup.admin.reports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code GET /api/reports}: KPIs of a day, ISO week or month, as JSON or (Accept) CSV. */
@Controller("/api/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"MANAGER", "QA"})
class ReportController {

  private static final Set<String> BREAKDOWNS = Set.of("dealer", "agent", "department");
  private static final MediaType CSV = new MediaType("text/csv; charset=utf-8");

  private final Reports reports;

  ReportController(Reports reports) {
    this.reports = reports;
  }

  @Get(produces = {MediaType.APPLICATION_JSON, "text/csv"})
  HttpResponse<?> report(
      @QueryValue @Nullable String period,
      @QueryValue @Nullable String date,
      @QueryValue @Nullable String by,
      HttpRequest<?> request) {
    String breakdown = by == null || by.isBlank() ? null : by.trim().toLowerCase(Locale.ROOT);
    if (breakdown != null && !BREAKDOWNS.contains(breakdown)) {
      throw new IllegalArgumentException(
          "by must be dealer, agent or department, not '" + by + "'");
    }
    ReportPeriod p = ReportPeriod.parse(period, date, reports.zone());
    Map<String, Object> report = reports.report(p, breakdown);
    String accept = request.getHeaders().get(HttpHeaders.ACCEPT);
    if (accept != null && accept.toLowerCase(Locale.ROOT).contains("text/csv")) {
      return HttpResponse.ok(ReportCsv.of(report))
          .contentType(CSV)
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              "attachment; filename=\"report-"
                  + p.kind().toLowerCase(Locale.ROOT)
                  + "-"
                  + p.first()
                  + ".csv\"");
    }
    return HttpResponse.ok(report).contentType(MediaType.APPLICATION_JSON_TYPE);
  }
}
