package com.followup.admin.dialing;

import com.followup.campaign.timeline.CampaignTimelines;
import com.followup.dialer.dialing.CampaignDialing;
import com.followup.dialer.dialing.CampaignDialingSettings;
import com.followup.dialer.pacing.PacingMode;
import com.followup.dialer.telephony.MachineBehaviour;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Locale;

/** How each campaign is dialed: pacing mode, abandonment cap, machines, messages, wrap-up. */
@Controller("/api/campaigns/{code}/dialing")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"MANAGER", "ADMIN"})
class CampaignDialingController {

  /** The settings to store; an absent field keeps its current value. */
  @Serdeable
  record DialingRequest(
      @Nullable String mode,
      @Nullable Double abandonmentCap,
      @Nullable String machineBehaviour,
      @Nullable String machineMessage,
      @Nullable String abandonMessage,
      @Nullable Integer wrapUpSeconds,
      @Nullable String recordingAnnouncement) {}

  private final CampaignDialingSettings settings;
  private final CampaignTimelines timelines;

  CampaignDialingController(CampaignDialingSettings settings, CampaignTimelines timelines) {
    this.settings = settings;
    this.timelines = timelines;
  }

  @Get
  HttpResponse<CampaignDialing> get(String code) {
    if (timelines.current(code).isEmpty()) {
      return HttpResponse.notFound();
    }
    return HttpResponse.ok(settings.of(code));
  }

  @Put
  HttpResponse<CampaignDialing> put(
      String code, @Body DialingRequest body, Authentication authentication) {
    if (timelines.current(code).isEmpty()) {
      return HttpResponse.notFound();
    }
    CampaignDialing now = settings.of(code);
    CampaignDialing next =
        new CampaignDialing(
            code,
            body.mode() == null ? now.mode() : parse(PacingMode.class, body.mode(), "mode"),
            body.abandonmentCap() == null ? now.abandonmentCap() : body.abandonmentCap(),
            body.machineBehaviour() == null
                ? now.machineBehaviour()
                : parse(MachineBehaviour.class, body.machineBehaviour(), "machineBehaviour"),
            body.machineMessage() == null ? now.machineMessage() : body.machineMessage(),
            body.abandonMessage() == null ? now.abandonMessage() : body.abandonMessage(),
            body.wrapUpSeconds() == null ? now.wrapUpSeconds() : body.wrapUpSeconds(),
            body.recordingAnnouncement() == null
                ? now.recordingAnnouncement()
                : body.recordingAnnouncement());
    return HttpResponse.ok(settings.save(next, authentication.getName()));
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          field + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }
}
