package com.followup.admin.user;

import com.followup.admin.console.session.ClientAddress;
import com.followup.admin.console.session.SignInThrottle;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.hateoas.JsonError;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The token endpoint ({@code POST /login}) under the same sign-in throttle as the console form: a
 * refused name or address gets 429 with {@code Retry-After} before its password is checked; a 401
 * counts as a failure and a 200 clears the name's failures.
 */
@ServerFilter("/login")
class LoginThrottleFilter implements Ordered {

  private static final String USERNAME = LoginThrottleFilter.class.getName() + ".username";

  private final SignInThrottle throttle;
  private final ClientAddress addresses;
  private final JsonMapper json;

  LoginThrottleFilter(SignInThrottle throttle, ClientAddress addresses, JsonMapper json) {
    this.throttle = throttle;
    this.addresses = addresses;
    this.json = json;
  }

  @RequestFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Nullable
  HttpResponse<?> refuse(HttpRequest<?> request, @Body @Nullable String body) {
    if (request.getMethod() != HttpMethod.POST) {
      return null;
    }
    String username = usernameIn(request, body);
    request.setAttribute(USERNAME, username);
    Duration wait = throttle.refusal(username, address(request)).orElse(null);
    if (wait == null) {
      return null;
    }
    return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
        .header("Retry-After", Long.toString(Math.max(1, wait.toSeconds())))
        .body(
            new JsonError(
                "too many failed sign-ins: try again in "
                    + Math.max(1, wait.toMinutes() + (wait.toSecondsPart() > 0 ? 1 : 0))
                    + " min"));
  }

  @ResponseFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  void count(HttpRequest<?> request, MutableHttpResponse<?> response) {
    String username = request.getAttribute(USERNAME, String.class).orElse(null);
    if (username == null) {
      return;
    }
    if (response.code() == HttpStatus.UNAUTHORIZED.getCode()) {
      throttle.failed(username, address(request));
    } else if (response.code() == HttpStatus.OK.getCode()) {
      throttle.succeeded(username);
    }
  }

  private String usernameIn(HttpRequest<?> request, @Nullable String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    boolean form =
        request
            .getContentType()
            .map(t -> t.getName().equals(MediaType.APPLICATION_FORM_URLENCODED))
            .orElse(false);
    if (form) {
      for (String pair : body.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0 && "username".equals(pair.substring(0, eq))) {
          return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        }
      }
      return "";
    }
    try {
      Object name = json.readValue(body, Map.class).get("username");
      return name == null ? "" : name.toString();
    } catch (IOException | RuntimeException notJson) {
      return ""; // the login controller answers the malformed body itself
    }
  }

  private String address(HttpRequest<?> request) {
    return addresses.of(request);
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.before();
  }
}
