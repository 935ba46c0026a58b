package com.followup.admin.console.dealer;

import com.followup.admin.console.ConsoleRedirects;
import com.followup.admin.console.qa.BreachTimeline;
import com.followup.admin.console.qa.OwnerAppeals;
import com.followup.admin.security.Caller;
import com.followup.admin.security.DealerScoped;
import com.followup.sla.breach.BoardFilter;
import com.followup.sla.breach.Breach;
import com.followup.sla.breach.BreachBoard;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import java.util.List;
import java.util.Map;

/**
 * The breaches charged to a dealer (the ledger's dealer code: its tickets' and its records' missed
 * follow-ups), and the dealer's appeal. Another dealer's breach is a 403 page, whatever the path.
 */
@Controller("/dealer/{code}/breaches")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "MANAGER", "QA", "DEALER"})
@DealerScoped
class DealerBreachesPage {

  static final int SHOWN = 50;

  @Serdeable
  record AppealForm(@Nullable String reason) {}

  private final DealerDesk desk;
  private final BreachBoard board;
  private final BreachTimeline timeline;
  private final OwnerAppeals owners;

  DealerBreachesPage(
      DealerDesk desk, BreachBoard board, BreachTimeline timeline, OwnerAppeals owners) {
    this.desk = desk;
    this.board = board;
    this.timeline = timeline;
    this.owners = owners;
  }

  @Get(produces = MediaType.TEXT_HTML)
  MutableHttpResponse<String> list(
      HttpRequest<?> request, String code, @QueryValue(defaultValue = "0") int offset) {
    BoardFilter all = new BoardFilter(List.of(), null, null, null, null, code, null, null);
    return desk.page(
        request,
        code,
        DealerDesk.Tab.BREACHES,
        "dealer/breaches",
        Map.of("page", board.page(all, Math.max(0, offset), SHOWN)));
  }

  @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
  MutableHttpResponse<String> show(
      HttpRequest<?> request,
      String code,
      long id,
      @Nullable @QueryValue String done,
      Authentication authentication) {
    Breach breach = owners.find(id);
    if (!code.equalsIgnoreCase(breach.dealerCode())) {
      return owners.forbidden(request);
    }
    Map<String, Object> model = new HashMap<>();
    model.put("sheet", timeline.of(breach));
    model.put("done", done != null);
    model.put("action", "/dealer/" + code + "/breaches/" + id + "/appeal");
    model.put(
        "mayAppeal", Caller.of(authentication).dealerUser() && OwnerAppeals.appealable(breach));
    return desk.page(request, code, DealerDesk.Tab.BREACHES, "dealer/breach", model);
  }

  /** Only the dealer's own users appeal (a manager looking at the desk does not). */
  @Post(
      uri = "/{id}/appeal",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  @Secured("DEALER")
  MutableHttpResponse<?> appeal(
      HttpRequest<?> request,
      String code,
      long id,
      @Body AppealForm form,
      Authentication authentication) {
    Breach breach = owners.find(id);
    if (!code.equalsIgnoreCase(breach.dealerCode())) {
      return owners.forbidden(request);
    }
    String base = "/dealer/" + code + "/breaches/" + id;
    MutableHttpResponse<String> refused =
        owners.appeal(request, breach, form.reason(), authentication.getName(), base + "/appeal");
    return refused != null ? refused : ConsoleRedirects.to(request, base + "?done=1");
  }
}
