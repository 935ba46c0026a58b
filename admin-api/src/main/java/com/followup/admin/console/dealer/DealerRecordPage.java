package com.followup.admin.console.dealer;

import com.followup.admin.security.DealerScoped;
import com.followup.campaign.followup.FollowUpView;
import com.followup.campaign.followup.FollowUps;
import com.followup.campaign.ingest.RecordHistory;
import com.followup.campaign.ingest.RecordVersions;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A record found by its id: as it is now, the versions later uploads replaced, and its follow-up
 * calls — the same use cases as {@code GET /api/dealers/{code}/records/{id}} and {@code GET
 * /api/followups}. The id travels as a query value, so ids with any characters work.
 */
@Controller("/dealer/{code}/records")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "MANAGER", "QA", "DEALER"})
@DealerScoped
class DealerRecordPage {

  private final DealerDesk desk;
  private final RecordHistory records;
  private final FollowUps followUps;

  DealerRecordPage(DealerDesk desk, RecordHistory records, FollowUps followUps) {
    this.desk = desk;
    this.records = records;
    this.followUps = followUps;
  }

  @Get(produces = MediaType.TEXT_HTML)
  MutableHttpResponse<String> record(
      HttpRequest<?> request, String code, @QueryValue @Nullable String id) {
    String wanted = id == null ? "" : id.trim();
    Map<String, Object> model = new HashMap<>();
    model.put("id", wanted);
    RecordVersions record = null;
    List<FollowUpView> calls = List.of();
    if (!wanted.isEmpty()) {
      record = records.find(code, wanted).orElse(null);
      if (record != null) {
        calls = followUps.forRecord(code, wanted);
      }
    }
    model.put("record", record);
    model.put("followUps", calls);
    MutableHttpResponse<String> page =
        desk.page(request, code, DealerDesk.Tab.RECORDS, "dealer/record", model);
    return record == null && !wanted.isEmpty() && page.status() == HttpStatus.OK
        ? page.status(HttpStatus.NOT_FOUND)
        : page;
  }
}
