package com.followup.admin.user;

import com.followup.admin.security.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks a login against the stored BCrypt hash (on a blocking thread). Every failure answers the
 * same, so a caller cannot tell a wrong name from a wrong password.
 */
@Singleton
class UserAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

  private final UserAccounts accounts;
  private final PasswordHasher hasher;

  UserAuthenticationProvider(UserAccounts accounts, PasswordHasher hasher) {
    this.accounts = accounts;
    this.hasher = hasher;
  }

  @Override
  public AuthenticationResponse authenticate(
      @Nullable HttpRequest<B> request, AuthenticationRequest<String, String> login) {
    Optional<UserAccount> found =
        Optional.ofNullable(login.getIdentity()).flatMap(accounts::findByUsername);
    if (found.isEmpty() || !found.get().enabled()) {
      hasher.matchNothing(login.getSecret());
      return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
    }
    UserAccount user = found.get();
    if (!hasher.matches(login.getSecret(), user.passwordHash())) {
      return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
    }
    Map<String, Object> claims = new java.util.HashMap<>();
    if (user.dealerCode() != null) {
      claims.put(Caller.DEALER_CLAIM, user.dealerCode());
    }
    if (user.departmentCode() != null) {
      claims.put(Caller.DEPARTMENT_CLAIM, user.departmentCode());
    }
    return AuthenticationResponse.success(
        user.username(),
        user.roleSet().stream().map(Enum::name).collect(Collectors.toList()),
        claims);
  }
}
