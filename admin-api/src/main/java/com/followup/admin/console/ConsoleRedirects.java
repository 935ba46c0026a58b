package com.followup.admin.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.net.URI;

/**
 * Sends the browser elsewhere: a 303 for a plain request, {@code HX-Redirect} for an htmx request
 * (which would otherwise follow the redirect inside the page and swap the whole target page into a
 * fragment).
 */
public final class ConsoleRedirects {

  private ConsoleRedirects() {}

  public static MutableHttpResponse<?> to(HttpRequest<?> request, String path) {
    if (isHtmx(request)) {
      return HttpResponse.noContent().header("HX-Redirect", path);
    }
    return HttpResponse.status(HttpStatus.SEE_OTHER).headers(h -> h.location(URI.create(path)));
  }

  public static boolean isHtmx(HttpRequest<?> request) {
    return "true".equalsIgnoreCase(request.getHeaders().get("HX-Request"));
  }
}
