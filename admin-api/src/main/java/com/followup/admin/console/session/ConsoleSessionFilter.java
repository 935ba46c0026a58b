package com.followup.admin.console.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Finds the console session behind the cookie (before security runs) and guards it against
 * cross-site requests: every state-changing request signed in by the cookie must carry the
 * session's CSRF token in {@code X-CSRF-Token}, or it gets 403. Requests with an {@code
 * Authorization} header are the bearer API's and never use the cookie.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class ConsoleSessionFilter implements Ordered {

  /** The request attribute holding the {@link SignedIn} session. */
  static final String ATTRIBUTE = "followup.console.session";

  /** Set when the request carried a session cookie that has ended. */
  static final String ENDED = "followup.console.session-ended";

  static final String CSRF_HEADER = "X-CSRF-Token";

  private static final Set<HttpMethod> SAFE =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

  private final SessionStore sessions;

  ConsoleSessionFilter(SessionStore sessions) {
    this.sessions = sessions;
  }

  @RequestFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Nullable
  HttpResponse<?> load(HttpRequest<?> request) {
    if (request.getHeaders().contains(HttpHeaders.AUTHORIZATION) || isAsset(request.getPath())) {
      return null;
    }
    String token = SessionCookie.token(request).orElse(null);
    if (token == null) {
      return null;
    }
    SignedIn session = sessions.find(token).orElse(null);
    if (session == null) {
      request.setAttribute(ENDED, Boolean.TRUE);
      return null;
    }
    if (!SAFE.contains(request.getMethod())
        && !sameToken(request.getHeaders().get(CSRF_HEADER), session.csrfToken())) {
      return HttpResponse.status(HttpStatus.FORBIDDEN).body("missing or wrong CSRF token");
    }
    request.setAttribute(ATTRIBUTE, session);
    return null;
  }

  static boolean sameToken(@Nullable String sent, String expected) {
    return sent != null
        && MessageDigest.isEqual(
            sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean isAsset(String path) {
    return path.startsWith("/webjars/")
        || path.startsWith("/assets/")
        || path.equals("/favicon.ico");
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.before();
  }
}
