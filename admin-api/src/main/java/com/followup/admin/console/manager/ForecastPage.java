package com.followup.admin.console.manager;

import com.followup.admin.console.ConsolePages;
import com.followup.admin.console.Viewer;
import com.followup.admin.forecast.Forecast;
import com.followup.admin.forecast.ForecastHour;
import com.followup.admin.forecast.Forecasts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The staffing forecast as a chart (dial attempts due and agents needed per hour, in the viewer's
 * zone) and the table of steps today's roster would miss; the same use case as {@code GET
 * /api/forecast}. The chart's series travel as JSON in data attributes for {@code
 * /assets/forecast.js} (no inline script).
 */
@Controller("/manager/forecast")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("MANAGER")
class ForecastPage {

  private static final Set<Integer> DAYS = Set.of(1, 3, 7, 14, 31);
  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("EEE dd HH:mm");

  private final ConsolePages pages;
  private final Forecasts forecasts;
  private final JsonMapper json;

  ForecastPage(ConsolePages pages, Forecasts forecasts, JsonMapper json) {
    this.pages = pages;
    this.forecasts = forecasts;
    this.json = json;
  }

  @Get(produces = MediaType.TEXT_HTML)
  MutableHttpResponse<String> forecast(
      HttpRequest<?> request,
      @Nullable @QueryValue Integer days,
      @Nullable @QueryValue Integer agents) {
    int asked = days != null && DAYS.contains(days) ? days : 7;
    Integer roster = agents != null && agents >= 0 && agents <= 100_000 ? agents : null;
    Forecast forecast = forecasts.forDays(asked, roster);
    Viewer viewer = pages.viewer(request).orElseThrow();
    ZoneId zone = viewer.zone();
    List<ForecastHour> hours = forecast.hours();
    DateTimeFormatter labels = HOUR.withLocale(viewer.locale());
    return pages.render(
        request,
        "manager/forecast",
        Map.of(
            "forecast", forecast,
            "days", asked,
            "dayChoices", DAYS.stream().sorted().toList(),
            "asked", roster == null ? "" : roster.toString(),
            "labels",
                write(hours.stream().map(h -> labels.format(h.start().atZone(zone))).toList()),
            "due", write(hours.stream().map(ForecastHour::due).toList()),
            "agents", write(hours.stream().map(ForecastHour::agentsNeeded).toList()),
            "missed", write(hours.stream().map(ForecastHour::missedWithRoster).toList())));
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
