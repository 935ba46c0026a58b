package com.followup.admin.dnc;

import com.followup.campaign.dispatch.DoNotCallEntry;
import com.followup.campaign.dispatch.DoNotCallList;
import com.followup.campaign.dnc.DoNotCallImport;
import com.followup.campaign.dnc.DoNotCallImportResult;
import com.followup.campaign.dnc.OptOut;
import com.followup.campaign.dnc.OptOuts;
import com.followup.campaign.timeline.StepChannel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The do-not-call list. Managers keep it; an agent adds the number of a customer who asks on the
 * call. Numbers are given in international form ({@code +86…}) or with {@code country}.
 */
@Controller("/api/do-not-call")
@ExecuteOn(TaskExecutors.BLOCKING)
class DoNotCallController {

  /** Why the number may not be called; {@code country} when the number is national. */
  @Serdeable
  record Entry(String reason, @Nullable String country) {}

  private final DoNotCallList list;
  private final DoNotCallImport imports;
  private final OptOuts optOuts;

  DoNotCallController(DoNotCallList list, DoNotCallImport imports, OptOuts optOuts) {
    this.list = list;
    this.imports = imports;
    this.optOuts = optOuts;
  }

  @Get
  @Secured({"MANAGER", "ADMIN", "QA"})
  List<DoNotCallEntry> page(
      @Nullable @QueryValue String after,
      @Nullable @QueryValue Integer limit,
      @Nullable @QueryValue String q) {
    int size = limit == null ? 100 : limit;
    if (size < 1 || size > 1000) {
      throw new IllegalArgumentException("limit must be 1 to 1000");
    }
    if (q != null && !q.isBlank()) {
      return list.search(q, size);
    }
    return list.page(after == null ? null : DoNotCallList.normalize(after, null), size);
  }

  /**
   * A CSV of numbers ({@code phone[,reason[,country]]}, header optional): every good line is added,
   * every bad one reported by its line number.
   */
  @Post(
      uri = "/import",
      consumes = {"text/csv", MediaType.TEXT_PLAIN})
  @Secured({"MANAGER", "ADMIN"})
  DoNotCallImportResult importCsv(
      @Body byte[] csv,
      @Nullable @QueryValue String reason,
      @Nullable @QueryValue String country,
      Authentication caller) {
    return imports.importCsv(csv, reason, country, caller.getName());
  }

  @Get("/{phone}")
  @Secured({"MANAGER", "ADMIN", "QA", "AGENT"})
  HttpResponse<DoNotCallEntry> find(String phone, @Nullable @QueryValue String country) {
    return list.find(DoNotCallList.normalize(phone, country))
        .map(HttpResponse::ok)
        .orElseGet(HttpResponse::notFound);
  }

  @Put("/{phone}")
  @Secured({"MANAGER", "ADMIN", "AGENT"})
  DoNotCallEntry add(String phone, @Body Entry entry, Authentication caller) {
    return list.add(
        DoNotCallList.normalize(phone, entry.country()), entry.reason(), caller.getName());
  }

  @Delete("/{phone}")
  @Secured({"MANAGER", "ADMIN"})
  HttpResponse<Void> remove(String phone, @Nullable @QueryValue String country) {
    return list.remove(DoNotCallList.normalize(phone, country))
        ? HttpResponse.noContent()
        : HttpResponse.notFound();
  }

  /**
   * The numbers that opted out of automated survey calls or texts (a STOP reply, the carrier's
   * refusal, or the centre), searched like the list.
   */
  @Get("/opt-outs")
  @Secured({"MANAGER", "ADMIN", "QA"})
  List<OptOut> optOuts(
      @Nullable @QueryValue String after,
      @Nullable @QueryValue Integer limit,
      @Nullable @QueryValue String q) {
    int size = limit == null ? 100 : limit;
    if (size < 1 || size > 1000) {
      throw new IllegalArgumentException("limit must be 1 to 1000");
    }
    if (q != null && !q.isBlank()) {
      return optOuts.search(q, size);
    }
    return optOuts.page(after == null ? null : DoNotCallList.normalize(after, null), size);
  }

  /** Opts a number out of one automated channel ({@code SMS} or {@code VOICE_SURVEY}). */
  @Put("/opt-outs/{phone}/{channel}")
  @Secured({"MANAGER", "ADMIN", "AGENT"})
  OptOut optOut(String phone, String channel, @Body Entry entry, Authentication caller) {
    return optOuts.optOut(
        DoNotCallList.normalize(phone, entry.country()),
        automated(channel),
        "CENTRE",
        entry.reason() + " (" + caller.getName() + ")");
  }

  /** Opts a number back in to one automated channel. */
  @Delete("/opt-outs/{phone}/{channel}")
  @Secured({"MANAGER", "ADMIN"})
  HttpResponse<Void> optIn(String phone, String channel, @Nullable @QueryValue String country) {
    return optOuts.optIn(DoNotCallList.normalize(phone, country), automated(channel))
        ? HttpResponse.noContent()
        : HttpResponse.notFound();
  }

  private static StepChannel automated(String channel) {
    for (StepChannel c : StepChannel.values()) {
      if (c.agentless() && c.name().equalsIgnoreCase(channel)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "channel must be SMS or VOICE_SURVEY, not '" + channel + "'");
  }
}
