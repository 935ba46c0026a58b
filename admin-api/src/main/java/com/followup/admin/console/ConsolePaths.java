package com.followup.admin.console;

import io.micronaut.http.HttpRequest;
import java.util.List;

/**
 * Which requests are the console's (pages for people) rather than the API's (JSON for programs).
 */
public final class ConsolePaths {

  private static final List<String> NOT_CONSOLE =
      List.of("/api/", "/login", "/oauth/", "/twilio/", "/health", "/prometheus", "/swagger");

  private ConsolePaths() {}

  public static boolean isConsole(HttpRequest<?> request) {
    String path = request.getPath();
    return NOT_CONSOLE.stream().noneMatch(path::startsWith);
  }
}
