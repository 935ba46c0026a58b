package com.followup.admin.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.net.URI;
import java.util.List;

@Controller("/api/users")
@ExecuteOn(TaskExecutors.BLOCKING)
class UserController {

  private final UserRegistration registration;
  private final UserAdministration administration;
  private final UserAccounts accounts;

  UserController(
      UserRegistration registration, UserAdministration administration, UserAccounts accounts) {
    this.registration = registration;
    this.administration = administration;
    this.accounts = accounts;
  }

  @Post
  @Secured("ADMIN")
  HttpResponse<UserView> create(@Body NewUser body) {
    UserAccount created =
        registration.register(
            body.username(),
            body.password(),
            body.roles(),
            body.dealerCode(),
            body.departmentCode());
    return HttpResponse.created(
        UserView.of(created), URI.create("/api/users/" + created.username()));
  }

  @Get
  @Secured("ADMIN")
  List<UserView> list() {
    return accounts.findAllOrderByUsername().stream().map(UserView::of).toList();
  }

  /** New roles (and dealer); the user's tokens issued before are refused from now on. */
  @Put("/{username}")
  @Secured("ADMIN")
  UserView change(String username, @Body RoleChange body, Authentication authentication) {
    administration.changeRoles(
        username, body.roles(), body.dealerCode(), body.departmentCode(), authentication.getName());
    return view(username);
  }

  /** A new password; the user's console sessions end. */
  @Post("/{username}/password")
  @Secured("ADMIN")
  HttpResponse<Void> resetPassword(String username, @Body NewPassword body) {
    administration.resetPassword(username, body.password());
    return HttpResponse.noContent();
  }

  /** Disables the user: no sign-in, sessions ended, bearer tokens refused, at once. */
  @Post("/{username}/disable")
  @Secured("ADMIN")
  UserView disable(String username, Authentication authentication) {
    administration.setEnabled(username, false, authentication.getName());
    return view(username);
  }

  @Post("/{username}/enable")
  @Secured("ADMIN")
  UserView enable(String username, Authentication authentication) {
    administration.setEnabled(username, true, authentication.getName());
    return view(username);
  }

  private UserView view(String username) {
    return accounts.findByUsername(username).map(UserView::of).orElseThrow();
  }

  @Get("/me")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<UserView> me(Authentication authentication) {
    return accounts
        .findByUsername(authentication.getName())
        .map(UserView::of)
        .map(HttpResponse::ok)
        .orElseGet(HttpResponse::notFound);
  }

  @Serdeable
  record NewUser(
      String username,
      String password,
      List<String> roles,
      @Nullable String dealerCode,
      @Nullable String departmentCode) {}

  @Serdeable
  record RoleChange(
      @Nullable List<String> roles, @Nullable String dealerCode, @Nullable String departmentCode) {}

  @Serdeable
  record NewPassword(@Nullable String password) {}

  @Serdeable
  record UserView(
      String username,
      List<String> roles,
      @Nullable String dealerCode,
      boolean enabled,
      @Nullable String departmentCode) {
    static UserView of(UserAccount account) {
      return new UserView(
          account.username(),
          account.roleSet().stream().map(Enum::name).toList(),
          account.dealerCode(),
          account.enabled(),
          account.departmentCode());
    }
  }
}
