package com.followup.admin.console.session;

import com.followup.admin.security.Caller;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.reactivestreams.Publisher;

/**
 * Signs a request in by its console session (found by {@link ConsoleSessionFilter}), with the same
 * roles and dealer (or department) claim a bearer token carries, so every endpoint and rule treats
 * both alike.
 */
@Singleton
class SessionAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

  @Override
  public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
    return request
        .getAttribute(ConsoleSessionFilter.ATTRIBUTE, SignedIn.class)
        .map(SessionAuthenticationFetcher::authentication)
        .map(Publishers::just)
        .orElseGet(Publishers::empty);
  }

  static Authentication authentication(SignedIn session) {
    Map<String, Object> claims = new HashMap<>();
    if (session.dealerCode() != null) {
      claims.put(Caller.DEALER_CLAIM, session.dealerCode());
    }
    if (session.departmentCode() != null) {
      claims.put(Caller.DEPARTMENT_CLAIM, session.departmentCode());
    }
    return Authentication.build(
        session.username(),
        session.roles().stream().map(Enum::name).collect(Collectors.toList()),
        claims);
  }
}
