package com.followup.admin.web;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** Domain records reject invalid values with IllegalArgumentException: the caller's 400. */
@Produces
@Singleton
class InvalidInputHandler extends StatusMappingHandler<IllegalArgumentException> {

  InvalidInputHandler(ErrorResponseProcessor<?> errors) {
    super(errors, HttpStatus.BAD_REQUEST);
  }
}
