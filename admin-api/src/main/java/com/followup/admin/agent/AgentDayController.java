package com.followup.admin.agent;

import com.followup.dialer.dialing.AgentDay;
import com.followup.dialer.dialing.AgentDayFigures;
import com.followup.dialer.dialing.ContactHistory;
import com.followup.dialer.dialing.EarlierCall;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/** The calling agent's own figures for today and the earlier calls to the current call's phone. */
@Controller("/api/agent")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"AGENT", "MANAGER"})
class AgentDayController {

  private final AgentDay day;
  private final ContactHistory history;
  private final ZoneId centreZone;

  AgentDayController(
      AgentDay day,
      ContactHistory history,
      @Value("${followup.reports.zone:Asia/Shanghai}") String centreZone) {
    this.day = day;
    this.history = history;
    this.centreZone = zone(centreZone);
  }

  /** Today in {@code zone} (default: the centre's, {@code followup.reports.zone}), up to now. */
  @Get("/today")
  AgentDayFigures today(@QueryValue @Nullable String zone, Authentication authentication) {
    return day.today(authentication.getName(), zone == null ? centreZone : zone(zone));
  }

  /** The earlier calls to the phone of the caller's call, newest first (20); 204 without a call. */
  @Get("/call/history")
  HttpResponse<List<EarlierCall>> history(Authentication authentication) {
    return history
        .ofCurrentCall(authentication.getName())
        .map(HttpResponse::ok)
        .orElseGet(HttpResponse::noContent);
  }

  private static ZoneId zone(String id) {
    try {
      return ZoneId.of(id.trim());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("not a time zone: '" + id + "'");
    }
  }
}
