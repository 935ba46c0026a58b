package com.followup.admin.console.qa;

import com.followup.admin.console.ConsolePages;
import com.followup.sla.breach.ReviewQueue;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.Map;

/** QA's home: the SLA breaches waiting for a review, open or appealed, newest first. */
@Controller("/qa")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("QA")
class QaHome {

  /** As many as a person reads on one page; the count says how many more wait. */
  static final int SHOWN = 100;

  private final ConsolePages pages;
  private final ReviewQueue queue;

  QaHome(ConsolePages pages, ReviewQueue queue) {
    this.pages = pages;
    this.queue = queue;
  }

  @Get(produces = MediaType.TEXT_HTML)
  MutableHttpResponse<String> home(HttpRequest<?> request) {
    return pages.render(request, "qa/home", Map.of("waiting", queue.waiting(SHOWN)));
  }
}
