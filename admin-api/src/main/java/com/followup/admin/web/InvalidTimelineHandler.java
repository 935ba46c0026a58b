package com.followup.admin.web;

import com.followup.campaign.timeline.InvalidTimeline;
import com.followup.campaign.timeline.TimelineProblem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * A refused timeline: 400 with one error per problem, each with the path of its field ({@code
 * steps.2.opensAfterDays}), so a client can show it next to that field.
 */
@Produces
@Singleton
class InvalidTimelineHandler implements ExceptionHandler<InvalidTimeline, HttpResponse<?>> {

  private final ErrorResponseProcessor<?> errors;

  InvalidTimelineHandler(ErrorResponseProcessor<?> errors) {
    this.errors = errors;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, InvalidTimeline exception) {
    return errors.processResponse(
        ErrorContext.builder(request).cause(exception).errors(errorsOf(exception)).build(),
        HttpResponse.badRequest());
  }

  static List<Error> errorsOf(InvalidTimeline invalid) {
    return invalid.problems().stream().map(InvalidTimelineHandler::error).toList();
  }

  private static Error error(TimelineProblem problem) {
    return new Error() {
      @Override
      public String getMessage() {
        return problem.message();
      }

      @Override
      public Optional<String> getPath() {
        return Optional.of(problem.field());
      }
    };
  }
}
