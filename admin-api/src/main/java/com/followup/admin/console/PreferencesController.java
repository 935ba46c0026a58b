package com.followup.admin.console;

import com.followup.admin.console.session.SessionStore;
import com.followup.admin.console.session.Sessions;
import com.followup.admin.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Duration;

/** What a user sets for themselves: the language, the desk they work at, their zone. */
@Controller("/console")
@ExecuteOn(TaskExecutors.BLOCKING)
class PreferencesController {

  @Serdeable
  record Choice(@Nullable String value) {}

  private final SessionStore sessions;

  PreferencesController(SessionStore sessions) {
    this.sessions = sessions;
  }

  /** Remembered in a cookie for a year, on this browser, signed in or not. */
  @Post(uri = "/language", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  @Secured(SecurityRule.IS_ANONYMOUS)
  MutableHttpResponse<?> language(HttpRequest<?> request, @Body Choice choice) {
    String tag =
        ConsoleLocales.parse(choice.value())
            .orElseThrow(() -> new IllegalArgumentException("unknown language: " + choice.value()))
            .toLanguageTag();
    Cookie cookie =
        Cookie.of(ConsoleLocales.COOKIE, tag)
            .path("/")
            .maxAge(Duration.ofDays(365))
            .sameSite(SameSite.Lax)
            .httpOnly(true);
    return ConsoleRedirects.to(request, back(request)).cookie(cookie);
  }

  @Post(uri = "/role", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  @Secured(SecurityRule.IS_AUTHENTICATED)
  MutableHttpResponse<?> role(HttpRequest<?> request, @Body Choice choice) {
    Role role = Role.parse(choice.value());
    sessions.switchRole(Sessions.of(request).orElseThrow(), role);
    return ConsoleRedirects.to(request, Viewer.home(role));
  }

  /** The browser's own zone, sent once by the page so times show in the viewer's zone. */
  @Post(uri = "/zone", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<?> zone(HttpRequest<?> request, @Body Choice choice) {
    String zone = ZoneNames.valid(choice.value());
    if (zone != null) {
      sessions.changeZone(Sessions.of(request).orElseThrow(), zone);
    }
    return HttpResponse.noContent();
  }

  /** The page the user was on, when it is one of ours; else the front door. */
  private static String back(HttpRequest<?> request) {
    String referer = request.getHeaders().get("Referer");
    if (referer == null) {
      return "/";
    }
    try {
      java.net.URI uri = java.net.URI.create(referer);
      String host = request.getHeaders().get("Host");
      if (host != null && host.equals(uri.getAuthority()) && uri.getPath() != null) {
        return uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
      }
    } catch (IllegalArgumentException malformed) {
      // fall through
    }
    return "/";
  }
}
