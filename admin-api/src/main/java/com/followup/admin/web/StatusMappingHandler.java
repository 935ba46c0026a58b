package com.followup.admin.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;

/** Answers a domain exception with a status and its message, in the server's error format. */
abstract class StatusMappingHandler<E extends Throwable>
    implements ExceptionHandler<E, HttpResponse<?>> {

  private final ErrorResponseProcessor<?> errors;
  private final HttpStatus status;

  StatusMappingHandler(ErrorResponseProcessor<?> errors, HttpStatus status) {
    this.errors = errors;
    this.status = status;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, E exception) {
    return errors.processResponse(
        ErrorContext.builder(request).cause(exception).errorMessage(exception.getMessage()).build(),
        HttpResponse.status(status));
  }
}
