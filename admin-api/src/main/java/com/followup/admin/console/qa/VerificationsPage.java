package com.followup.admin.console.qa;

import com.followup.admin.console.ConsolePages;
import com.followup.admin.console.ConsoleSettings;
import com.followup.admin.console.Viewer;
import com.followup.admin.web.Days;
import com.followup.campaign.verification.RepairVerifications;
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
 * Service stations' repair claims as customers confirmed them, per station over days in the
 * viewer's zone (the last 30 by default), with the same figures as {@code GET /api/verifications}.
 */
@Controller("/qa/verifications")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"QA", "MANAGER"})
class VerificationsPage {

  private final ConsolePages pages;
  private final RepairVerifications verifications;
  private final ConsoleSettings settings;
  private final Clock clock;

  VerificationsPage(
      ConsolePages pages,
      RepairVerifications verifications,
      ConsoleSettings settings,
      Clock clock) {
    this.pages = pages;
    this.verifications = verifications;
    this.settings = settings;
    this.clock = clock;
  }

  @Get(produces = MediaType.TEXT_HTML)
  MutableHttpResponse<String> show(
      HttpRequest<?> request, @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
    ZoneId zone = pages.viewer(request).map(Viewer::zone).orElse(settings.zone());
    LocalDate last = Days.parse(to, "to", LocalDate.ofInstant(clock.instant(), zone));
    LocalDate first = Days.parse(from, "from", last.minusDays(29));
    if (first.isAfter(last)) {
      throw new IllegalArgumentException("from must not be after to");
    }
    var rows =
        verifications.byStation(
            first.atStartOfDay(zone).toInstant(),
            last.plusDays(1).atStartOfDay(zone).toInstant(),
            null);
    return pages.render(
        request,
        "qa/verifications",
        Map.of("from", first.toString(), "to", last.toString(), "rows", rows));
  }
}
