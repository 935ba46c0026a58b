package com.followup.admin.console.agent;

import com.followup.admin.agent.OutcomeEntry;
import com.followup.admin.agent.OutcomeRequest;
import com.followup.admin.agent.Softphone;
import com.followup.admin.console.ConsolePages;
import com.followup.admin.console.Viewer;
import com.followup.dialer.agent.AgentState;
import com.followup.dialer.agent.PauseReason;
import com.followup.dialer.dialing.AgentDesk;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/**
 * The agent's desk: state buttons, the held call (live through {@link AgentEvents}), the outcome
 * form and the agent's own figures. Every action goes through the agent API's use cases.
 */
@Controller("/agent")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("AGENT")
class AgentDeskPage {

  @Serdeable
  record StateForm(@Nullable String state, @Nullable String reason) {}

  private final ConsolePages pages;
  private final CallScreens screens;
  private final AgentDesk desk;
  private final OutcomeEntry outcomes;
  private final OutcomeForms forms;
  private final Softphone softphone;

  AgentDeskPage(
      ConsolePages pages,
      CallScreens screens,
      AgentDesk desk,
      OutcomeEntry outcomes,
      OutcomeForms forms,
      Softphone softphone) {
    this.softphone = softphone;
    this.pages = pages;
    this.screens = screens;
    this.desk = desk;
    this.outcomes = outcomes;
    this.forms = forms;
  }

  @Get(produces = MediaType.TEXT_HTML)
  MutableHttpResponse<String> desk(HttpRequest<?> request) {
    Viewer viewer = viewer(request);
    // the version first: a change between the two reads makes the stream send the parts again
    long version = desk.changeVersion(viewer.username());
    CallScreen screen = screens.of(viewer.username(), viewer.zone());
    return pages.render(
        request,
        "agent/desk",
        Map.of(
            "screen",
            screen,
            "reasons",
            PauseReason.values(),
            "softphone",
            softphone.available(),
            "version",
            version));
  }

  /** One part of the desk, as the live events send it (for a page that lost its event stream). */
  @Get(uri = "/part/{part}", produces = MediaType.TEXT_HTML)
  MutableHttpResponse<String> part(HttpRequest<?> request, String part) {
    return render(request, "agent/desk :: " + Parts.named(part));
  }

  @Post(
      uri = "/state",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  MutableHttpResponse<String> state(HttpRequest<?> request, @Body StateForm form) {
    AgentState requested = AgentState.requested(form.state());
    PauseReason reason = requested == AgentState.PAUSED ? PauseReason.parse(form.reason()) : null;
    desk.changeState(agent(request), requested, reason);
    return render(request, "agent/desk :: state");
  }

  @Post(uri = "/dial", consumes = MediaType.ALL, produces = MediaType.TEXT_HTML)
  MutableHttpResponse<String> dial(HttpRequest<?> request) {
    desk.dial(agent(request));
    return render(request, "agent/desk :: status");
  }

  @Post(uri = "/skip", consumes = MediaType.ALL, produces = MediaType.TEXT_HTML)
  MutableHttpResponse<String> skip(HttpRequest<?> request) {
    desk.skip(agent(request));
    return render(request, "agent/desk :: call");
  }

  @Post(
      uri = "/outcome",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  MutableHttpResponse<String> outcome(HttpRequest<?> request, @Body Map<String, String> form) {
    String agent = agent(request);
    CallScreen screen = screens.of(agent, viewer(request).zone());
    OutcomeRequest body = forms.request(form, screen);
    outcomes.enter(agent, body, forms.attemptId(form));
    return render(request, "agent/desk :: call").header("HX-Trigger", "outcome-saved");
  }

  private MutableHttpResponse<String> render(HttpRequest<?> request, String view) {
    Viewer viewer = viewer(request);
    CallScreen screen = screens.of(viewer.username(), viewer.zone());
    return pages.render(request, view, Map.of("screen", screen, "reasons", PauseReason.values()));
  }

  private Viewer viewer(HttpRequest<?> request) {
    return pages.viewer(request).orElseThrow();
  }

  private String agent(HttpRequest<?> request) {
    return viewer(request).username();
  }
}
