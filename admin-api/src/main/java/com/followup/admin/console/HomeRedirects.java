package com.followup.admin.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** {@code /home}: the desk of the role the user works in now. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class HomeRedirects {

  private final ConsolePages pages;

  HomeRedirects(ConsolePages pages) {
    this.pages = pages;
  }

  @Get("/home")
  MutableHttpResponse<?> home(HttpRequest<?> request) {
    String target = pages.viewer(request).map(v -> Viewer.home(v.activeRole())).orElse("/");
    return ConsoleRedirects.to(request, target);
  }
}
