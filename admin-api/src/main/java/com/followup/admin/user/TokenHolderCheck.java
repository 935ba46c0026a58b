package com.followup.admin.user;

import com.followup.admin.security.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.hateoas.JsonError;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A bearer token is only as good as its user is now: a token of a user who was disabled (or
 * removed), or whose roles or dealer changed since it was issued, is refused with 401 on its next
 * request, on every instance (the user is read from the shared database on each request). The
 * token's signature and expiry were checked before; this runs right after security, on a blocking
 * thread.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class TokenHolderCheck implements Ordered {

  private final UserProfiles users;

  TokenHolderCheck(UserProfiles users) {
    this.users = users;
  }

  @RequestFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Nullable
  HttpResponse<?> check(HttpRequest<?> request) {
    if (!request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
      return null; // console sessions read the user fresh themselves
    }
    Authentication token = request.getUserPrincipal(Authentication.class).orElse(null);
    if (token == null || stillValid(token)) {
      return null;
    }
    return HttpResponse.status(HttpStatus.UNAUTHORIZED)
        .body(new JsonError("this token’s user was disabled or changed: sign in again"));
  }

  private boolean stillValid(Authentication token) {
    UserProfile user = users.find(token.getName()).filter(UserProfile::enabled).orElse(null);
    if (user == null) {
      return false;
    }
    Set<String> roles = user.roles().stream().map(Enum::name).collect(Collectors.toSet());
    Object dealer = token.getAttributes().get(Caller.DEALER_CLAIM);
    Object department = token.getAttributes().get(Caller.DEPARTMENT_CLAIM);
    return roles.equals(Set.copyOf(token.getRoles()))
        && Objects.equals(user.dealerCode(), dealer == null ? null : dealer.toString())
        && Objects.equals(user.departmentCode(), department == null ? null : department.toString());
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.after();
  }
}
