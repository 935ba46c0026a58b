package com.followup.admin.console.qa;

import com.followup.admin.calls.CallFilters;
import com.followup.admin.calls.RecordingResponses;
import com.followup.admin.console.ConsolePages;
import com.followup.admin.console.ConsoleSettings;
import com.followup.admin.console.FieldMessages;
import com.followup.admin.console.Viewer;
import com.followup.admin.web.Days;
import com.followup.campaign.dispatch.CallOutcome;
import com.followup.dialer.calls.CallDetail;
import com.followup.dialer.calls.CallLog;
import com.followup.dialer.calls.CallQuery;
import com.followup.dialer.calls.LoggedCall;
import com.followup.dialer.recording.Recording;
import com.followup.dialer.recording.Recordings;
import com.followup.sla.evaluation.QaQueue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The calls for QA and managers: the call log of a period with its filters, and one call with its
 * steps and its recording in a player (seek, speed), streamed through the application.
 */
@Controller("/qa/calls")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"QA", "MANAGER"})
class CallPages {

  /** The most calls one page lists. */
  static final int PAGE = 200;

  /** The most queued calls the page lists. */
  static final int QUEUE = 50;

  private final ConsolePages pages;
  private final CallLog calls;
  private final Recordings recordings;
  private final ConsoleSettings settings;
  private final Clock clock;
  private final EvaluationPanel panel;
  private final QaQueue queue;

  CallPages(
      ConsolePages pages,
      CallLog calls,
      Recordings recordings,
      ConsoleSettings settings,
      Clock clock,
      EvaluationPanel panel,
      QaQueue queue) {
    this.pages = pages;
    this.queue = queue;
    this.panel = panel;
    this.calls = calls;
    this.recordings = recordings;
    this.settings = settings;
    this.clock = clock;
  }

  @Get(produces = MediaType.TEXT_HTML)
  MutableHttpResponse<String> list(
      HttpRequest<?> request,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue String campaign,
      @Nullable @QueryValue String agent,
      @Nullable @QueryValue String outcome) {
    ZoneId zone = pages.viewer(request).map(Viewer::zone).orElse(settings.zone());
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    LocalDate last = Days.parse(to, "to", today);
    LocalDate first = Days.parse(from, "from", last.minusDays(6));
    if (first.isAfter(last)) {
      throw new IllegalArgumentException("from must not be after to");
    }
    String chosenOutcome = CallFilters.outcome(outcome);
    List<LoggedCall> found =
        calls.list(
            new CallQuery(
                first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant(),
                CallFilters.text(campaign),
                CallFilters.text(agent),
                chosenOutcome,
                PAGE));
    Map<Long, Recording> recorded = recordings.of(found.stream().map(LoggedCall::id).toList());
    Map<String, Object> model = new HashMap<>();
    model.put("from", first.toString());
    model.put("to", last.toString());
    model.put("campaign", campaign == null ? "" : campaign.trim());
    model.put("agent", agent == null ? "" : agent.trim());
    model.put("outcome", chosenOutcome == null ? "" : chosenOutcome);
    model.put("outcomes", Arrays.stream(CallOutcome.values()).map(Enum::name).toList());
    model.put("calls", found);
    model.put("recorded", recorded);
    model.put("full", found.size() == PAGE);
    model.put("page", PAGE);
    model.put("queue", queue.waiting(CallFilters.text(campaign), QUEUE));
    return pages.render(request, "qa/calls", model);
  }

  @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
  MutableHttpResponse<String> show(
      HttpRequest<?> request,
      long id,
      @Nullable @QueryValue String form,
      @Nullable @QueryValue String done,
      Authentication authentication) {
    CallDetail call = calls.find(id).orElse(null);
    if (call == null) {
      return HttpResponse.notFound();
    }
    Map<String, Object> model = model(call);
    model.put("done", done == null ? "" : done);
    panel.fill(
        model,
        call,
        authentication.getName(),
        authentication.getRoles(),
        form,
        Map.of(),
        new FieldMessages());
    return pages.render(request, "qa/call", model);
  }

  /** The page's call and recording, for the evaluation pages to render it again. */
  Map<String, Object> model(CallDetail call) {
    Map<String, Object> model = new HashMap<>();
    model.put("call", call);
    model.put("recording", recordings.find(call.call().id()).orElse(null));
    return model;
  }

  /** The recording for the page's player: whole, or the range the player asks for. */
  @Get("/{id}/audio")
  HttpResponse<StreamedFile> audio(long id, @Nullable @Header(HttpHeaders.RANGE) String range) {
    return RecordingResponses.of(recordings.open(id, range));
  }
}
