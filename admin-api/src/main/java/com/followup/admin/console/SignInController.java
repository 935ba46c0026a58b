package com.followup.admin.console;

import com.followup.admin.console.session.ClientAddress;
import com.followup.admin.console.session.SessionCookie;
import com.followup.admin.console.session.SessionSettings;
import com.followup.admin.console.session.SessionStore;
import com.followup.admin.console.session.Sessions;
import com.followup.admin.console.session.SignInThrottle;
import com.followup.admin.user.UserProfile;
import com.followup.admin.user.UserProfiles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.Authenticator;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import reactor.core.publisher.Mono;

/** The console's front door: the sign-in page at {@code /}, signing in and out. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class SignInController {

  @Serdeable
  record SignInForm(
      @Nullable String username,
      @Nullable String password,
      @Nullable String csrf,
      @Nullable String zone) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ConsolePages pages;
  private final Authenticator<HttpRequest<?>> authenticator;
  private final SessionStore sessions;
  private final SessionSettings settings;
  private final UserProfiles users;
  private final SignInThrottle throttle;
  private final ClientAddress addresses;

  SignInController(
      ConsolePages pages,
      Authenticator<HttpRequest<?>> authenticator,
      SessionStore sessions,
      SessionSettings settings,
      UserProfiles users,
      SignInThrottle throttle,
      ClientAddress addresses) {
    this.pages = pages;
    this.authenticator = authenticator;
    this.sessions = sessions;
    this.settings = settings;
    this.users = users;
    this.throttle = throttle;
    this.addresses = addresses;
  }

  @Get(produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> index(
      HttpRequest<?> request,
      @QueryValue @Nullable String expired,
      @QueryValue @Nullable String out) {
    return pages
        .viewer(request)
        .<MutableHttpResponse<?>>map(v -> seeOther(Viewer.home(v.activeRole())))
        .orElseGet(() -> signInPage(request, HttpStatus.OK, notice(request, expired, out), null));
  }

  @Get(uri = "/signin", produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> signIn(
      HttpRequest<?> request,
      @QueryValue @Nullable String expired,
      @QueryValue @Nullable String out) {
    return index(request, expired, out);
  }

  @Post(
      uri = "/signin",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> submit(HttpRequest<?> request, @Body SignInForm form) {
    String expected =
        request
            .getCookies()
            .findCookie(SessionCookie.SIGN_IN_CSRF)
            .map(c -> c.getValue())
            .orElse("");
    if (expected.isEmpty() || form.csrf() == null || !Sessions.sameToken(form.csrf(), expected)) {
      return signInPage(request, HttpStatus.FORBIDDEN, "signin.error.csrf", form.username());
    }
    String username = form.username() == null ? "" : form.username().trim();
    String address = addresses.of(request);
    Duration wait = throttle.refusal(username, address).orElse(null);
    if (wait != null) {
      MutableHttpResponse<?> page =
          signInPage(request, HttpStatus.TOO_MANY_REQUESTS, "signin.error.throttled", username);
      return page.header("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
    }
    AuthenticationResponse response =
        Mono.from(
                authenticator.authenticate(
                    request,
                    new UsernamePasswordCredentials(
                        username, form.password() == null ? "" : form.password())))
            .block();
    UserProfile user =
        response != null && response.isAuthenticated()
            ? users.find(username).filter(u -> !u.roles().isEmpty()).orElse(null)
            : null;
    if (user == null) {
      throttle.failed(username, address);
      return signInPage(request, HttpStatus.UNAUTHORIZED, "signin.error.credentials", username);
    }
    throttle.succeeded(username);
    String token = sessions.open(user, ZoneNames.valid(form.zone()));
    return seeOther("/")
        .cookie(SessionCookie.session(request, token, settings.maxLifetime()))
        .cookie(SessionCookie.expired(request, SessionCookie.SIGN_IN_CSRF));
  }

  @Post(
      uri = "/signout",
      consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL},
      produces = MediaType.TEXT_HTML)
  @Secured(SecurityRule.IS_AUTHENTICATED)
  MutableHttpResponse<?> signOut(HttpRequest<?> request) {
    Sessions.of(request).ifPresent(sessions::close);
    return ConsoleRedirects.to(request, "/?out=1")
        .cookie(SessionCookie.expired(request, SessionCookie.SESSION));
  }

  private MutableHttpResponse<?> signInPage(
      HttpRequest<?> request,
      HttpStatus status,
      @Nullable String notice,
      @Nullable String username) {
    byte[] random = new byte[24];
    RANDOM.nextBytes(random);
    String csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Map<String, Object> model = new HashMap<>();
    model.put("csrf", csrf);
    model.put("notice", notice);
    model.put("username", username == null ? "" : username);
    return pages
        .render(request, status, "signin", model)
        .cookie(SessionCookie.signInCsrf(request, csrf))
        .header("Cache-Control", "no-store");
  }

  private static String notice(HttpRequest<?> request, String expired, String out) {
    if (out != null) {
      return "signin.notice.signedOut";
    }
    return expired != null || Sessions.ended(request) ? "signin.notice.expired" : null;
  }

  private static MutableHttpResponse<?> seeOther(String path) {
    return HttpResponse.status(HttpStatus.SEE_OTHER).headers(h -> h.location(URI.create(path)));
  }
}
