package com.followup.admin.console.manager.timeline;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.hateoas.JsonError;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A campaign code no version exists for: the console's 404 page. */
final class UnknownCampaign extends RuntimeException {

  UnknownCampaign(String code) {
    super("no campaign '" + code + "'");
  }

  @Produces
  @Singleton
  static class Handler implements ExceptionHandler<UnknownCampaign, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, UnknownCampaign exception) {
      return HttpResponse.notFound(new JsonError(exception.getMessage()));
    }
  }
}
