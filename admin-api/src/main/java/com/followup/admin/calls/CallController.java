package com.followup.admin.calls;

import com.followup.admin.ticket.Instants;
import com.followup.dialer.calls.CallDetail;
import com.followup.dialer.calls.CallLog;
import com.followup.dialer.calls.CallQuery;
import com.followup.dialer.calls.CallStep;
import com.followup.dialer.calls.LoggedCall;
import com.followup.dialer.recording.Recording;
import com.followup.dialer.recording.Recordings;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * Every dial attempt for QA and managers: what was dialed, who took it, how it ended, and its
 * recording, streamed through the application (never a provider URL).
 */
@Controller("/api/calls")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"QA", "MANAGER"})
class CallController {

  private final CallLog calls;
  private final Recordings recordings;

  CallController(CallLog calls, Recordings recordings) {
    this.calls = calls;
    this.recordings = recordings;
  }

  @Get
  List<CallView> list(
      @Nullable @QueryValue String since,
      @Nullable @QueryValue String until,
      @Nullable @QueryValue String campaign,
      @Nullable @QueryValue String agent,
      @Nullable @QueryValue String outcome,
      @Nullable @QueryValue Integer limit) {
    CallQuery query =
        new CallQuery(
            Instants.parse(since, "since"),
            Instants.parse(until, "until"),
            CallFilters.text(campaign),
            CallFilters.text(agent),
            CallFilters.outcome(outcome),
            limit == null ? CallQuery.DEFAULT_LIMIT : limit);
    List<LoggedCall> found = calls.list(query);
    Map<Long, Recording> recorded = recordings.of(found.stream().map(LoggedCall::id).toList());
    return found.stream().map(c -> CallView.of(c, recorded.get(c.id()))).toList();
  }

  @Get("/{id}")
  HttpResponse<CallDetailView> get(long id) {
    return calls
        .find(id)
        .map(d -> CallDetailView.of(d, recordings.find(id).orElse(null)))
        .map(HttpResponse::ok)
        .orElseGet(HttpResponse::notFound);
  }

  /**
   * The call's audio: the whole file, or the byte range asked for (206) so a player can seek; 404
   * when the call has no recording or it was deleted.
   */
  @Get("/{id}/recording")
  HttpResponse<StreamedFile> recording(long id, @Nullable @Header(HttpHeaders.RANGE) String range) {
    return RecordingResponses.of(recordings.open(id, range));
  }

  /** An attempt as the contract lists it; {@code recording} is absent while none is kept. */
  @Serdeable
  record CallView(
      long id,
      long followUpId,
      String campaign,
      @Nullable String agent,
      String placedAt,
      @Nullable String answeredAt,
      @Nullable String endedAt,
      @Nullable String outcome,
      @Nullable Integer talkSeconds,
      @Nullable RecordingView recording) {
    static CallView of(LoggedCall c, @Nullable Recording r) {
      return new CallView(
          c.id(),
          c.followUpId(),
          c.campaign(),
          c.agent(),
          Instants.format(c.placedAt()),
          Instants.format(c.answeredAt()),
          Instants.format(c.endedAt()),
          c.outcome(),
          c.talkSeconds(),
          RecordingView.of(r));
    }
  }

  /** A call's recording; {@code href} plays it while it is kept. */
  @Serdeable
  record RecordingView(
      String status,
      int durationSeconds,
      int channels,
      String mediaType,
      String recordedAt,
      String deleteAfter,
      @Nullable String href) {
    static RecordingView of(@Nullable Recording r) {
      if (r == null) {
        return null;
      }
      return new RecordingView(
          r.status().name(),
          r.durationSeconds(),
          r.channels(),
          r.mediaType(),
          Instants.format(r.recordedAt()),
          Instants.format(r.deleteAfter()),
          r.available() ? "/api/calls/" + r.attemptId() + "/recording" : null);
    }
  }

  @Serdeable
  record StepView(String type, String at, @Nullable String detail) {
    static StepView of(CallStep s) {
      return new StepView(s.type(), Instants.format(s.at()), s.detail());
    }
  }

  /** One attempt with its events. */
  @Serdeable
  record CallDetailView(
      long id,
      long followUpId,
      String campaign,
      @Nullable String agent,
      String placedAt,
      @Nullable String answeredAt,
      @Nullable String endedAt,
      @Nullable String outcome,
      @Nullable Integer talkSeconds,
      String telephonyMode,
      @Nullable String answeredBy,
      @Nullable Integer wrapUpSeconds,
      @Nullable String notes,
      @Nullable RecordingView recording,
      List<StepView> events) {
    static CallDetailView of(CallDetail d, @Nullable Recording r) {
      LoggedCall c = d.call();
      return new CallDetailView(
          c.id(),
          c.followUpId(),
          c.campaign(),
          c.agent(),
          Instants.format(c.placedAt()),
          Instants.format(c.answeredAt()),
          Instants.format(c.endedAt()),
          c.outcome(),
          c.talkSeconds(),
          d.telephonyMode(),
          d.answeredBy(),
          d.wrapUpSeconds(),
          d.notes(),
          RecordingView.of(r),
          d.steps().stream().map(StepView::of).toList());
    }
  }
}
