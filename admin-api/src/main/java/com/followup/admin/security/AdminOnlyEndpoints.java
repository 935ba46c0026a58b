package com.followup.admin.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.management.endpoint.EndpointSensitivityProcessor;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.security.rules.SensitiveEndpointRule;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * The sensitive management endpoints ({@code /beans}, {@code /routes}, {@code /metrics}, {@code
 * /threaddump} …) are for the centre's ADMIN users only; every other signed-in role gets 403
 * (without this rule Micronaut answers them with a 500 to everybody signed in).
 */
@Singleton
@Replaces(SensitiveEndpointRule.class)
class AdminOnlyEndpoints extends SensitiveEndpointRule {

  AdminOnlyEndpoints(EndpointSensitivityProcessor endpoints) {
    super(endpoints);
  }

  @Override
  protected Publisher<SecurityRuleResult> checkSensitiveAuthenticated(
      HttpRequest<?> request, Authentication authentication, ExecutableMethod<?, ?> method) {
    return Mono.just(
        authentication.getRoles().contains(Role.ADMIN.name())
            ? SecurityRuleResult.ALLOWED
            : SecurityRuleResult.REJECTED);
  }
}
