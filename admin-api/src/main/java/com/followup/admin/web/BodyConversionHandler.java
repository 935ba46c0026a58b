package com.followup.admin.web;

import com.followup.campaign.timeline.InvalidTimeline;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * A request body that a domain record refused while being read: answers 400 with the record's own
 * reason (e.g. "step 2: deadlineDays must be after opensAfterDays"), not the deserializer's; a
 * refused timeline names each problem with the path of its field.
 */
@Produces
@Singleton
@Replaces(ConversionErrorHandler.class)
class BodyConversionHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {

  private final ErrorResponseProcessor<?> errors;

  BodyConversionHandler(ErrorResponseProcessor<?> errors) {
    this.errors = errors;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
    String message = exception.getMessage();
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidTimeline timeline) {
        return errors.processResponse(
            ErrorContext.builder(request)
                .cause(exception)
                .errors(InvalidTimelineHandler.errorsOf(timeline))
                .build(),
            HttpResponse.badRequest());
      }
      if (cause instanceof IllegalArgumentException refused && refused.getMessage() != null) {
        message = refused.getMessage();
        break;
      }
    }
    return errors.processResponse(
        ErrorContext.builder(request).cause(exception).errorMessage(message).build(),
        HttpResponse.badRequest());
  }
}
