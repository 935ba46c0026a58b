package com.followup.admin.console.session;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.time.Duration;
import java.util.Optional;

/**
 * The console's cookies: the session token (HttpOnly, SameSite=Lax, Secure behind TLS) and the
 * sign-in form's own CSRF token (double-submit: a page of another site can neither read it nor set
 * it).
 */
public final class SessionCookie {

  public static final String SESSION = "followup_session";
  public static final String SIGN_IN_CSRF = "followup_signin";

  private SessionCookie() {}

  public static Optional<String> token(HttpRequest<?> request) {
    return request.getCookies().findCookie(SESSION).map(Cookie::getValue).filter(v -> !v.isBlank());
  }

  public static Cookie session(HttpRequest<?> request, String token, Duration maxAge) {
    return secured(request, Cookie.of(SESSION, token).maxAge(maxAge));
  }

  public static Cookie expired(HttpRequest<?> request, String name) {
    return secured(request, Cookie.of(name, "").maxAge(0));
  }

  public static Cookie signInCsrf(HttpRequest<?> request, String value) {
    return secured(request, Cookie.of(SIGN_IN_CSRF, value).maxAge(Duration.ofHours(2)));
  }

  static Cookie secured(HttpRequest<?> request, Cookie cookie) {
    return cookie.path("/").httpOnly(true).sameSite(SameSite.Lax).secure(overTls(request));
  }

  /** Whether the browser reached us over TLS, directly or through a proxy that says so. */
  public static boolean overTls(HttpRequest<?> request) {
    return request.isSecure()
        || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
  }
}
