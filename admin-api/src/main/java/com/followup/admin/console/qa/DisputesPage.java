package com.followup.admin.console.qa;

import com.followup.admin.console.ConsolePages;
import com.followup.sla.evaluation.Evaluations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.Map;

/** The evaluations agents disputed, oldest first, each waiting for QA's decision on its call. */
@Controller("/qa/evaluations")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"QA", "MANAGER"})
class DisputesPage {

  static final int PAGE = 200;

  private final ConsolePages pages;
  private final Evaluations evaluations;

  DisputesPage(ConsolePages pages, Evaluations evaluations) {
    this.pages = pages;
    this.evaluations = evaluations;
  }

  @Get(produces = MediaType.TEXT_HTML)
  MutableHttpResponse<String> show(HttpRequest<?> request) {
    return pages.render(request, "qa/disputes", Map.of("disputed", evaluations.disputed(PAGE)));
  }
}
