package com.followup.admin.console.qa;

import com.followup.admin.console.ConsolePages;
import com.followup.admin.console.ConsoleRedirects;
import com.followup.sla.breach.BoardFilter;
import com.followup.sla.breach.Breach;
import com.followup.sla.breach.BreachBoard;
import com.followup.sla.breach.BreachId;
import com.followup.sla.breach.BreachLedger;
import com.followup.sla.breach.BreachNotFound;
import com.followup.sla.breach.BreachStatus;
import com.followup.sla.breach.ReviewBreach;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import java.util.HashMap;
import java.util.Map;

/**
 * One breach for QA: its ticket's whole time line and the review — confirm or excuse an open
 * breach, uphold or overturn an appealed one — through the same {@link ReviewBreach} as {@code POST
 * /api/breaches/{id}/review}. The console asks a reason for every decision; the ledger only grows.
 */
@Controller("/qa/breaches/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("QA")
class BreachPage {

  @Serdeable
  record ReviewForm(@Nullable String decision, @Nullable String reason) {}

  private final ConsolePages pages;
  private final BreachLedger ledger;
  private final BreachTimeline timeline;
  private final ReviewBreach review;
  private final BreachBoard board;

  BreachPage(
      ConsolePages pages,
      BreachLedger ledger,
      BreachTimeline timeline,
      ReviewBreach review,
      BreachBoard board) {
    this.pages = pages;
    this.ledger = ledger;
    this.timeline = timeline;
    this.review = review;
    this.board = board;
  }

  @Get(produces = MediaType.TEXT_HTML)
  MutableHttpResponse<String> show(
      HttpRequest<?> request, long id, @Nullable @QueryValue String done) {
    Breach breach = find(id);
    Map<String, Object> model = new HashMap<>();
    model.put("sheet", timeline.of(breach));
    model.put("done", done != null);
    model.put("form", new ReviewForm(null, null));
    model.put("errors", Map.of());
    model.put("next", nextWaiting(breach));
    return pages.render(request, "qa/breach", model);
  }

  @Post(
      uri = "/review",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> review(
      HttpRequest<?> request, long id, @Body ReviewForm form, Authentication authentication) {
    Breach breach = find(id);
    Map<String, String> errors = new HashMap<>();
    BreachStatus decision = null;
    if ("CONFIRMED".equals(form.decision()) || "EXCUSED".equals(form.decision())) {
      decision = BreachStatus.valueOf(form.decision());
    } else {
      errors.put("decision", "qa.review.error.decision");
    }
    String reason = form.reason() == null ? "" : form.reason().trim();
    if (reason.isEmpty()) {
      errors.put("reason", "qa.review.error.reason");
    } else if (reason.length() > 2000) {
      errors.put("reason", "qa.review.error.long");
    }
    if (!errors.isEmpty()) {
      Map<String, Object> model = new HashMap<>();
      model.put("sheet", timeline.of(breach));
      model.put("form", form);
      model.put("errors", errors);
      return pages.render(request, HttpStatus.UNPROCESSABLE_ENTITY, "qa/breach :: review", model);
    }
    review.review(breach.id(), decision, reason, authentication.getName());
    return ConsoleRedirects.to(request, "/qa/breaches/" + id + "?done=1");
  }

  /** The oldest breach still waiting for QA after this one, for the next review. */
  private Breach nextWaiting(Breach current) {
    return board.page(BoardFilter.waiting(), 0, 2).breaches().stream()
        .filter(b -> !b.id().equals(current.id()))
        .findFirst()
        .orElse(null);
  }

  private Breach find(long id) {
    if (id < 1) {
      throw new IllegalArgumentException("breach ids are positive");
    }
    BreachId breachId = new BreachId(id);
    return ledger.find(breachId).orElseThrow(() -> new BreachNotFound(breachId));
  }
}
