package com.followup.admin.console.agent;

import com.followup.admin.console.ConsolePages;
import com.followup.admin.console.Viewer;
import com.followup.admin.console.session.SessionStore;
import com.followup.dialer.agent.PauseReason;
import com.followup.dialer.dialing.AgentDesk;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.security.annotation.Secured;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The agent desk's live events (server-sent): whenever the agent or the agent's call changes, the
 * parts of the desk that show it, rendered as HTML for htmx to swap in. The held call's panel (with
 * the outcome form the agent may be typing in) is sent again only when the call itself changes, so
 * a call ending never wipes the agent's notes. A stream whose session has ended says so and stops.
 */
@Controller("/agent")
@Secured("AGENT")
class AgentEvents {

  private static final Logger LOG = LoggerFactory.getLogger(AgentEvents.class);

  /**
   * The streams' reads run here, on threads of their own: not the request's propagated context
   * (whose connection scope has ended by the time a stream ticks), and never interrupted.
   */
  private static final ExecutorService READS =
      Executors.newFixedThreadPool(
          4,
          runnable -> {
            Thread thread = new Thread(runnable, "agent-desk-events");
            thread.setDaemon(true);
            return thread;
          });

  private static final Duration POLL = Duration.ofSeconds(1);
  private static final Duration SESSION_CHECK = Duration.ofSeconds(30);
  private static final Duration HEARTBEAT = Duration.ofSeconds(15);

  private final ConsolePages pages;
  private final CallScreens screens;
  private final AgentDesk desk;
  private final AgentWakeups wakeups;
  private final SessionStore sessions;

  /** Ends every open stream when the application stops: its reads would fail every second. */
  private final Sinks.Empty<Void> closing = Sinks.empty();

  AgentEvents(
      ConsolePages pages,
      CallScreens screens,
      AgentDesk desk,
      AgentWakeups wakeups,
      SessionStore sessions) {
    this.pages = pages;
    this.screens = screens;
    this.desk = desk;
    this.wakeups = wakeups;
    this.sessions = sessions;
  }

  /**
   * @param version the change version the page was rendered at, and {@code attempt} the call it
   *     showed: nothing is sent until either moves (absent: everything is sent at once)
   */
  @Get(uri = "/events", produces = MediaType.TEXT_EVENT_STREAM)
  Publisher<Event<String>> events(
      HttpRequest<?> request,
      @QueryValue(defaultValue = "-1") long version,
      @QueryValue(defaultValue = "-1") long attempt) {
    Viewer viewer = pages.viewer(request).orElseThrow();
    Stream stream = new Stream(request, viewer, version, attempt);
    return Flux.merge(Flux.interval(Duration.ZERO, POLL), wakeups.of(viewer.username()))
        .onBackpressureLatest()
        .concatMap(
            tick ->
                // never interrupted: a closed stream lets a running read finish (an interrupt
                // mid-query would break the pooled connection it runs on)
                Mono.fromFuture(() -> CompletableFuture.supplyAsync(stream::next, READS), true)
                    .flatMapMany(Flux::fromIterable),
            1)
        .takeUntil(event -> "expired".equals(event.getName()))
        .takeUntilOther(closing.asMono());
  }

  @PreDestroy
  void close() {
    closing.tryEmitEmpty();
  }

  /** One open stream: what it sent last, so it sends only what changed. */
  private final class Stream {

    private final HttpRequest<?> request;
    private final Viewer viewer;
    private long version;
    private long attempt;
    private long sessionCheckedAt = System.nanoTime();
    private long sentAt = System.nanoTime();

    Stream(HttpRequest<?> request, Viewer viewer, long version, long attempt) {
      this.request = request;
      this.viewer = viewer;
      this.version = version;
      this.attempt = attempt;
    }

    /** What to send now; a failure is logged and sends nothing, so the stream lives on. */
    List<Event<String>> next() {
      try (PropagatedContext.Scope clean = PropagatedContext.empty().propagate()) {
        return changes();
      } catch (RuntimeException e) {
        LOG.error("Agent desk events for {} failed", viewer.username(), e);
        return List.of();
      }
    }

    private List<Event<String>> changes() {
      List<Event<String>> events = new ArrayList<>();
      long now = System.nanoTime();
      if (now - sessionCheckedAt > SESSION_CHECK.toNanos()) {
        sessionCheckedAt = now;
        if (!sessions.isLive(viewer.session())) {
          return List.of(Event.of("").name("expired"));
        }
      }
      long current = desk.changeVersion(viewer.username());
      if (current != version) {
        version = current;
        CallScreen screen = screens.of(viewer.username(), viewer.zone());
        events.add(part("state", screen));
        events.add(part("status", screen));
        events.add(part("today", screen));
        if (screen.attemptId() != attempt) {
          attempt = screen.attemptId();
          events.add(part("call", screen));
        }
      } else if (now - sentAt > HEARTBEAT.toNanos()) {
        events.add(Event.of("").name("heartbeat"));
      }
      if (!events.isEmpty()) {
        sentAt = now;
      }
      return events;
    }

    private Event<String> part(String name, CallScreen screen) {
      String html =
          pages
              .render(
                  request,
                  "agent/desk :: " + name,
                  Map.of("screen", screen, "reasons", PauseReason.values()))
              .body();
      return Event.of(html).name(name);
    }
  }
}
