package com.followup.admin.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Tells the browser that console pages load and talk to nothing but this app (no CDN, no fonts from
 * elsewhere, no inline scripts), and may not be framed by another site.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class ConsoleHeaders {

  static final String POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'"
          + " data:; media-src 'self'; connect-src 'self'; font-src 'self'; frame-ancestors"
          + " 'none'; form-action 'self'; base-uri 'self'";

  @ResponseFilter
  void secure(HttpRequest<?> request, MutableHttpResponse<?> response) {
    if (!ConsolePaths.isConsole(request)) {
      return;
    }
    response.header("Content-Security-Policy", POLICY);
    response.header("X-Content-Type-Options", "nosniff");
    response.header("Referrer-Policy", "same-origin");
    response.header("X-Frame-Options", "DENY");
  }
}
