package com.followup.admin.console;

import com.followup.admin.console.session.Sessions;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Map;

/**
 * A console page asked for without a live session goes to the sign-in page (saying the session
 * ended, when it did); a page the user's roles do not allow is a 403 page. The API keeps its plain
 * 401 and 403.
 */
@Singleton
@Produces
@Replaces(DefaultAuthorizationExceptionHandler.class)
class ConsoleAuthorizationHandler extends DefaultAuthorizationExceptionHandler {

  private final ConsolePages pages;

  ConsoleAuthorizationHandler(
      ErrorResponseProcessor<?> errors,
      RedirectConfiguration redirects,
      RedirectService redirectService,
      @Nullable PriorToLoginPersistence priorToLogin,
      ConsolePages pages) {
    super(errors, redirects, redirectService, priorToLogin);
    this.pages = pages;
  }

  @Override
  public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
    if (!ConsolePaths.isConsole(request)) {
      return super.handle(request, exception);
    }
    if (exception.isForbidden()) {
      return pages.render(
          request, HttpStatus.FORBIDDEN, "error", Map.of("status", 403, "message", "error.403"));
    }
    String target = Sessions.ended(request) ? "/?expired=1" : "/";
    if (ConsoleRedirects.isHtmx(request)) {
      return HttpResponse.status(HttpStatus.UNAUTHORIZED).header("HX-Redirect", target);
    }
    return HttpResponse.status(HttpStatus.SEE_OTHER).headers(h -> h.location(URI.create(target)));
  }
}
