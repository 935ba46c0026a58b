package com.followup.admin.web;

import com.followup.admin.user.UnknownUser;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** A user named that does not exist: 404. */
final class AdministrationHandlers {

  private AdministrationHandlers() {}

  @Produces
  @Singleton
  static class NoSuchUser extends StatusMappingHandler<UnknownUser> {
    NoSuchUser(ErrorResponseProcessor<?> errors) {
      super(errors, HttpStatus.NOT_FOUND);
    }
  }
}
