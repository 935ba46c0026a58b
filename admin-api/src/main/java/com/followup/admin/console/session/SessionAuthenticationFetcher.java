package com.followup.admin.console.session;

import com.followup.admin.security.Caller;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.stream.Collectors;
import org.reactivestreams.Publisher;

/**
 * Signs a request in by its console session (found by {@link ConsoleSessionFilter}), with the same
 * roles and dealer claim a bearer token carries, so every endpoint and rule treats both alike.
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
    Map<String, Object> claims =
        session.dealerCode() == null ? Map.of() : Map.of(Caller.DEALER_CLAIM, session.dealerCode());
    return Authentication.build(
        session.username(),
        session.roles().stream().map(Enum::name).collect(Collectors.toList()),
        claims);
  }
}
