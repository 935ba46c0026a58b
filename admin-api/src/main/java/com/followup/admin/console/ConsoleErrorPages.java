package com.followup.admin.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.hateoas.JsonError;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an error answer to a console request into a page a person can read (or, for an htmx
 * request, a message for the page's notice area) instead of the API's JSON.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class ConsoleErrorPages {

  private static final Logger LOG = LoggerFactory.getLogger(ConsoleErrorPages.class);

  private final ConsolePages pages;

  ConsoleErrorPages(ConsolePages pages) {
    this.pages = pages;
  }

  @ResponseFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  MutableHttpResponse<?> render(HttpRequest<?> request, MutableHttpResponse<?> response) {
    int status = response.code();
    if (status < 400
        || !ConsolePaths.isConsole(request)
        || response.getContentType().map(t -> t.matches(MediaType.TEXT_HTML_TYPE)).orElse(false)
        || response.getHeaders().contains("HX-Redirect")) {
      return response;
    }
    String message = response.getBody(JsonError.class).map(JsonError::getMessage).orElse(null);
    Map<String, Object> model =
        Map.of("status", status, "message", "error." + family(status), "detail", detail(message));
    String view = ConsoleRedirects.isHtmx(request) ? "error :: notice" : "error";
    try {
      MutableHttpResponse<String> page =
          pages.render(request, HttpStatus.valueOf(status), view, model);
      response
          .getHeaders()
          .forEach(
              (name, values) -> {
                if (name.equalsIgnoreCase("Retry-After") || name.equalsIgnoreCase("Set-Cookie")) {
                  values.forEach(v -> page.header(name, v));
                }
              });
      return page;
    } catch (RuntimeException broken) {
      LOG.error("Could not render the error page for {} {}", status, request.getPath(), broken);
      return response;
    }
  }

  private static String detail(String message) {
    return message == null || message.equals("Internal Server Error") ? "" : message;
  }

  private static int family(int status) {
    return switch (status) {
      case 400, 403, 404, 409, 413, 415, 429 -> status;
      default -> status >= 500 ? 500 : 400;
    };
  }
}
