package com.followup.admin.console.qa;

import com.followup.admin.console.ConsolePages;
import com.followup.admin.console.ConsoleSettings;
import com.followup.admin.console.Viewer;
import com.followup.admin.web.Days;
import com.followup.sla.ticket.DepartmentRecomplaints;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * Re-complaints per department over a period of days in the viewer's zone (the last 30 by default):
 * complaints, repeat complaints of the same customer, and late tickets reopened.
 */
@Controller("/qa/recomplaints")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"QA", "MANAGER"})
class RecomplaintsPage {

  private final ConsolePages pages;
  private final DepartmentRecomplaints recomplaints;
  private final Clock clock;
  private final ConsoleSettings settings;

  RecomplaintsPage(
      ConsolePages pages,
      DepartmentRecomplaints recomplaints,
      Clock clock,
      ConsoleSettings settings) {
    this.settings = settings;
    this.pages = pages;
    this.recomplaints = recomplaints;
    this.clock = clock;
  }

  @Get(produces = MediaType.TEXT_HTML)
  MutableHttpResponse<String> show(
      HttpRequest<?> request, @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
    ZoneId zone = pages.viewer(request).map(Viewer::zone).orElse(settings.zone());
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    LocalDate last = Days.parse(to, "to", today);
    LocalDate first = Days.parse(from, "from", last.minusDays(29));
    if (first.isAfter(last)) {
      throw new IllegalArgumentException("from must not be after to");
    }
    var rows =
        recomplaints.between(
            first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
    return pages.render(
        request,
        "qa/recomplaints",
        Map.of(
            "from",
            first.toString(),
            "to",
            last.toString(),
            "rows",
            rows,
            "window",
            DepartmentRecomplaints.REPEAT_WINDOW.toDays()));
  }
}
