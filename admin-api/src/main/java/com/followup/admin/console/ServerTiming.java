package com.followup.admin.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Tells the browser (and the console benchmark) how long the server spent on a console page: a
 * {@code Server-Timing: app;dur=…} header, in milliseconds, from routing to the rendered body.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class ServerTiming {

  private static final String STARTED = "followup.console.started";

  @RequestFilter
  void start(HttpRequest<?> request) {
    if (ConsolePaths.isConsole(request)) {
      request.setAttribute(STARTED, System.nanoTime());
    }
  }

  @ResponseFilter
  void stop(HttpRequest<?> request, MutableHttpResponse<?> response) {
    request
        .getAttribute(STARTED, Long.class)
        .ifPresent(
            started ->
                response.header(
                    "Server-Timing",
                    String.format(
                        java.util.Locale.ROOT, "app;dur=%.1f", (System.nanoTime() - started) / 1e6)));
  }
}
