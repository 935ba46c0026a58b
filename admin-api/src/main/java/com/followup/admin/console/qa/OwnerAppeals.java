package com.followup.admin.console.qa;

import com.followup.admin.console.ConsolePages;
import com.followup.sla.breach.AppealBreach;
import com.followup.sla.breach.Breach;
import com.followup.sla.breach.BreachId;
import com.followup.sla.breach.BreachLedger;
import com.followup.sla.breach.BreachNotFound;
import com.followup.sla.breach.BreachStatus;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;

/**
 * The owner's side of a breach, shared by the dealer's and the agent's desks: reading one breach,
 * and appealing it through the same {@link AppealBreach} as {@code POST /api/breaches/{id}/appeal}.
 * Whose breach it is each desk decides (its dealer, its agent) before calling.
 */
@Singleton
public class OwnerAppeals {

  private final ConsolePages pages;
  private final BreachLedger ledger;
  private final AppealBreach appeal;

  OwnerAppeals(ConsolePages pages, BreachLedger ledger, AppealBreach appeal) {
    this.pages = pages;
    this.ledger = ledger;
    this.appeal = appeal;
  }

  /** The breach; 404 when unknown. */
  public Breach find(long id) {
    if (id < 1) {
      throw new IllegalArgumentException("breach ids are positive");
    }
    BreachId breachId = new BreachId(id);
    return ledger.find(breachId).orElseThrow(() -> new BreachNotFound(breachId));
  }

  /** Whether the owner may still appeal it: once, while open or confirmed. */
  public static boolean appealable(Breach breach) {
    return !breach.wasAppealed()
        && (breach.status() == BreachStatus.OPEN || breach.status() == BreachStatus.CONFIRMED);
  }

  /**
   * Appeals with the form's reason, or answers 422 with the form and its error next to the field.
   *
   * @return null when the appeal is in the ledger
   */
  public MutableHttpResponse<String> appeal(
      HttpRequest<?> request, Breach breach, String reason, String actor, String action) {
    String given = reason == null ? "" : reason.trim();
    String error =
        given.isEmpty()
            ? "owner.appeal.error.reason"
            : given.length() > 2000 ? "qa.review.error.long" : null;
    if (error != null) {
      Map<String, Object> model = new HashMap<>();
      model.put("action", action);
      model.put("error", error);
      model.put("reason", given);
      return pages.render(
          request, HttpStatus.UNPROCESSABLE_ENTITY, "qa/owner :: appealForm", model);
    }
    appeal.appeal(breach.id(), given, actor);
    return null;
  }

  /** The 403 page for a breach charged to someone else. */
  public MutableHttpResponse<String> forbidden(HttpRequest<?> request) {
    return pages.render(
        request, HttpStatus.FORBIDDEN, "error", Map.of("status", 403, "message", "error.403"));
  }
}
