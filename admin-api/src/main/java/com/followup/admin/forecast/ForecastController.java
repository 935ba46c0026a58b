package com.followup.admin.forecast;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

/** {@code GET /api/forecast?days=7[&agents=N]}: the staffing forecast, for managers. */
@Controller("/api/forecast")
@ExecuteOn(TaskExecutors.BLOCKING)
class ForecastController {

  private final Forecasts forecasts;

  ForecastController(Forecasts forecasts) {
    this.forecasts = forecasts;
  }

  @Get
  @Secured({"ADMIN", "MANAGER"})
  Forecast forecast(@Nullable @QueryValue String days, @Nullable @QueryValue String agents) {
    return forecasts.forDays(
        number("days", days == null ? "7" : days),
        agents == null ? null : number("agents", agents));
  }

  private static int number(String name, String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, not '" + text + "'");
    }
  }
}
