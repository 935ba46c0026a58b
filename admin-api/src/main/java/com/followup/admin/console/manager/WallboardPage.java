package com.followup.admin.console.manager;

import com.followup.admin.console.ConsolePages;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.Map;

/** The manager's live wallboard: rendered once, then kept current by {@link WallboardEvents}. */
@Controller("/manager/wallboard")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("MANAGER")
class WallboardPage {

  private final ConsolePages pages;
  private final WallboardBoard board;

  WallboardPage(ConsolePages pages, WallboardBoard board) {
    this.pages = pages;
    this.board = board;
  }

  @Get(produces = MediaType.TEXT_HTML)
  MutableHttpResponse<String> wallboard(HttpRequest<?> request) {
    return pages.render(request, "manager/wallboard", Map.of("board", board.now()));
  }
}
