package com.followup.admin.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
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
  private final UserAccounts accounts;

  UserController(UserRegistration registration, UserAccounts accounts) {
    this.registration = registration;
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
  record UserView(
      String username,
      List<String> roles,
      @Nullable String dealerCode,
      @Nullable String departmentCode) {
    static UserView of(UserAccount account) {
      return new UserView(
          account.username(),
          account.roleSet().stream().map(Enum::name).toList(),
          account.dealerCode(),
          account.departmentCode());
    }
  }
}
