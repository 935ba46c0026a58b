package com.followup.admin.console.qa;

import com.followup.admin.console.ConsolePages;
import com.followup.admin.console.ConsoleRedirects;
import com.followup.admin.console.ConsoleSettings;
import com.followup.admin.console.Viewer;
import com.followup.sla.breach.BoardFilter;
import com.followup.sla.breach.BreachBoard;
import com.followup.sla.breach.BreachBoard.FacetCount;
import com.followup.sla.breach.BreachStatus;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * QA's home, the breach board: the work queue (open and appealed breaches, oldest first) narrowed
 * by the filters in the URL, with counts by each facet. An htmx request gets the results alone, so
 * the filters update the board in place while the address keeps them.
 */
@Controller("/qa")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("QA")
class QaHome {

  /** As many as a person reads on one page; the pager reaches the rest. */
  static final int SHOWN = 50;

  private final ConsolePages pages;
  private final BreachBoard board;
  private final ConsoleSettings settings;

  QaHome(ConsolePages pages, BreachBoard board, ConsoleSettings settings) {
    this.pages = pages;
    this.board = board;
    this.settings = settings;
  }

  /** The zone the viewer's days are in (the centre's for a caller without a console session). */
  private ZoneId zone(HttpRequest<?> request) {
    return pages.viewer(request).map(Viewer::zone).orElse(settings.zone());
  }

  @Get(produces = MediaType.TEXT_HTML)
  MutableHttpResponse<String> home(HttpRequest<?> request) {
    BoardParams params = BoardParams.of(request);
    BoardFilter filter = params.filter(zone(request));
    String view = ConsoleRedirects.isHtmx(request) ? "qa/board :: results" : "qa/board";
    Map<String, List<FacetCount>> facets = board.facets(filter);
    return pages.render(
        request,
        view,
        Map.of(
            "params",
            params,
            "page",
            board.page(filter, params.offset(), SHOWN),
            "facets",
            facets,
            "filters",
            FacetChoices.of(params, facets),
            "statuses",
            Arrays.stream(BreachStatus.values()).map(Enum::name).toList()));
  }
}
