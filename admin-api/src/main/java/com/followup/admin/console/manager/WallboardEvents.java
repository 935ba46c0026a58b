package com.followup.admin.console.manager;

import com.followup.admin.console.ConsolePages;
import com.followup.admin.console.Viewer;
import com.followup.admin.console.session.SessionStore;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.sse.Event;
import io.micronaut.security.annotation.Secured;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The wallboard's server-sent events: every second the board's figures, rendered as HTML for htmx
 * to swap in. All streams share {@link WallboardBoard}'s one read per second. A stream whose
 * session has ended says so and stops.
 */
@Controller("/manager/wallboard")
@Secured("MANAGER")
class WallboardEvents {

  private static final Logger LOG = LoggerFactory.getLogger(WallboardEvents.class);

  /** The streams' reads run on threads of their own, never interrupted (as the agent desk's). */
  private static final ExecutorService READS =
      Executors.newFixedThreadPool(
          2,
          runnable -> {
            Thread thread = new Thread(runnable, "wallboard-events");
            thread.setDaemon(true);
            return thread;
          });

  private static final Duration TICK = Duration.ofSeconds(1);
  private static final long SESSION_CHECK_TICKS = 30;

  private final ConsolePages pages;
  private final WallboardBoard board;
  private final SessionStore sessions;

  WallboardEvents(ConsolePages pages, WallboardBoard board, SessionStore sessions) {
    this.pages = pages;
    this.board = board;
    this.sessions = sessions;
  }

  @Get(uri = "/events", produces = MediaType.TEXT_EVENT_STREAM)
  Publisher<Event<String>> events(HttpRequest<?> request) {
    Viewer viewer = pages.viewer(request).orElseThrow();
    return Flux.interval(TICK, TICK)
        .onBackpressureDrop()
        .concatMap(
            tick ->
                Mono.fromFuture(
                        () ->
                            CompletableFuture.supplyAsync(() -> next(request, viewer, tick), READS),
                        true)
                    .flatMap(event -> event.map(Mono::just).orElseGet(Mono::empty)),
            1)
        .takeUntil(event -> "expired".equals(event.getName()));
  }

  private Optional<Event<String>> next(HttpRequest<?> request, Viewer viewer, long tick) {
    try (PropagatedContext.Scope clean = PropagatedContext.empty().propagate()) {
      if (tick % SESSION_CHECK_TICKS == SESSION_CHECK_TICKS - 1
          && !sessions.isLive(viewer.session())) {
        return Optional.of(Event.of("").name("expired"));
      }
      String html =
          pages.render(request, "manager/wallboard :: board", Map.of("board", board.now())).body();
      return Optional.of(Event.of(html).name("board"));
    } catch (RuntimeException e) {
      LOG.error("Wallboard events for {} failed", viewer.username(), e);
      return Optional.empty();
    }
  }
}
