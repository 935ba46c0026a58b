package com.followup.admin.console.agent;

import com.followup.admin.console.ConsolePages;
import com.followup.admin.console.ConsoleRedirects;
import com.followup.admin.console.qa.BreachTimeline;
import com.followup.admin.console.qa.OwnerAppeals;
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
 * The breaches an agent owns (the ledger's owner: the user who opened the ticket, e.g. on a call)
 * and the agent's appeal. Another owner's breach is a 403 page.
 */
@Controller("/agent/breaches")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("AGENT")
class AgentBreachesPage {

  static final int SHOWN = 50;

  @Serdeable
  record AppealForm(@Nullable String reason) {}

  private final ConsolePages pages;
  private final BreachBoard board;
  private final BreachTimeline timeline;
  private final OwnerAppeals owners;

  AgentBreachesPage(
      ConsolePages pages, BreachBoard board, BreachTimeline timeline, OwnerAppeals owners) {
    this.pages = pages;
    this.board = board;
    this.timeline = timeline;
    this.owners = owners;
  }

  @Get(produces = MediaType.TEXT_HTML)
  MutableHttpResponse<String> list(
      HttpRequest<?> request,
      @QueryValue(defaultValue = "0") int offset,
      Authentication authentication) {
    BoardFilter mine =
        new BoardFilter(List.of(), null, null, null, null, null, authentication.getName(), null);
    return pages.render(
        request, "agent/breaches", Map.of("page", board.page(mine, Math.max(0, offset), SHOWN)));
  }

  @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
  MutableHttpResponse<String> show(
      HttpRequest<?> request,
      long id,
      @Nullable @QueryValue String done,
      Authentication authentication) {
    Breach breach = owners.find(id);
    if (!authentication.getName().equals(breach.owner())) {
      return owners.forbidden(request);
    }
    Map<String, Object> model = new HashMap<>();
    model.put("sheet", timeline.of(breach));
    model.put("done", done != null);
    model.put("action", "/agent/breaches/" + id + "/appeal");
    model.put("mayAppeal", OwnerAppeals.appealable(breach));
    return pages.render(request, "agent/breach", model);
  }

  @Post(
      uri = "/{id}/appeal",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> appeal(
      HttpRequest<?> request, long id, @Body AppealForm form, Authentication authentication) {
    Breach breach = owners.find(id);
    if (!authentication.getName().equals(breach.owner())) {
      return owners.forbidden(request);
    }
    String base = "/agent/breaches/" + id;
    MutableHttpResponse<String> refused =
        owners.appeal(request, breach, form.reason(), authentication.getName(), base + "/appeal");
    return refused != null ? refused : ConsoleRedirects.to(request, base + "?done=1");
  }
}
