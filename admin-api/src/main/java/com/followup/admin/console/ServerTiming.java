package com.followup.admin.console;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Tells the browser (and the console benchmark) how long the server spent on a console page: a
 * {@code Server-Timing: app;dur=…} header, in milliseconds, from routing to the rendered body.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class ServerTiming implements Ordered {

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
                        java.util.Locale.ROOT,
                        "app;dur=%.1f",
                        (System.nanoTime() - started) / 1e6)));
  }

  /** First in, last out: the time includes finding the session and the security checks. */
  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.order();
  }
}
