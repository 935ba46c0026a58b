package com.followup.admin.console.session;

import io.micronaut.http.HttpRequest;
import java.util.Optional;

/** The console session a request was signed in with, for the console's controllers. */
public final class Sessions {

  private Sessions() {}

  public static Optional<SignedIn> of(HttpRequest<?> request) {
    return request.getAttribute(ConsoleSessionFilter.ATTRIBUTE, SignedIn.class);
  }

  /** Whether the request carried a session cookie whose session has ended (expired, signed out). */
  public static boolean ended(HttpRequest<?> request) {
    return request.getAttribute(ConsoleSessionFilter.ENDED).isPresent();
  }

  public static String csrfHeader() {
    return ConsoleSessionFilter.CSRF_HEADER;
  }

  public static boolean sameToken(String sent, String expected) {
    return ConsoleSessionFilter.sameToken(sent, expected);
  }
}
