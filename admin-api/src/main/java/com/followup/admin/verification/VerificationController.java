package com.followup.admin.verification;

import com.followup.admin.security.Caller;
import com.followup.admin.security.DealerScoped;
import com.followup.admin.web.CsvTable;
import com.followup.admin.web.Days;
import com.followup.campaign.verification.RepairVerifications;
import com.followup.campaign.verification.StationVerification;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Service stations' repair claims as customers confirmed them, per station over days in the
 * centre's zone (the last 30 by default): verified repairs, mismatches, parts claimed but not
 * confirmed. JSON, or CSV with {@code Accept: text/csv} (or {@code format=csv}, for a link). A
 * DEALER user sees its own station only.
 */
@Controller("/api/verifications")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"QA", "MANAGER", "DEALER"})
class VerificationController {

  static final List<String> HEADER =
      List.of(
          "dealer",
          "verifiedRepairs",
          "mismatches",
          "repairsNotConfirmed",
          "partsClaimed",
          "partsNotConfirmed",
          "partsUnsure");

  private final RepairVerifications verifications;
  private final Clock clock;
  private final ZoneId zone;

  VerificationController(
      RepairVerifications verifications,
      Clock clock,
      @Value("${followup.reports.zone:Asia/Shanghai}") String zone) {
    this.verifications = verifications;
    this.clock = clock;
    this.zone = ZoneId.of(zone);
  }

  @Get(produces = {MediaType.APPLICATION_JSON, "text/csv"})
  @DealerScoped(value = "dealer", required = false)
  HttpResponse<?> byStation(
      HttpRequest<?> request,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue String dealer,
      @Nullable @QueryValue String format,
      Authentication authentication) {
    LocalDate last = Days.parse(to, "to", LocalDate.now(clock.withZone(zone)));
    LocalDate first = Days.parse(from, "from", last.minusDays(29));
    if (first.isAfter(last)) {
      throw new IllegalArgumentException("from must not be after to");
    }
    String station =
        Caller.of(authentication)
            .dealerRestriction()
            .orElse(dealer == null || dealer.isBlank() ? null : dealer.trim());
    List<StationVerification> rows =
        verifications.byStation(
            first.atStartOfDay(zone).toInstant(),
            last.plusDays(1).atStartOfDay(zone).toInstant(),
            station);
    boolean csv =
        "csv".equalsIgnoreCase(format)
            || request.getHeaders().accept().stream().anyMatch(t -> t.getName().equals("text/csv"));
    if (!csv) {
      return HttpResponse.ok(rows);
    }
    byte[] body =
        CsvTable.of(
            HEADER,
            rows.stream()
                .map(
                    r ->
                        List.of(
                            r.dealerCode(),
                            Long.toString(r.verifiedRepairs()),
                            Long.toString(r.mismatches()),
                            Long.toString(r.repairsNotConfirmed()),
                            Long.toString(r.partsClaimed()),
                            Long.toString(r.partsNotConfirmed()),
                            Long.toString(r.partsUnsure())))
                .toList());
    return HttpResponse.ok(body)
        .contentType(MediaType.of("text/csv;charset=UTF-8"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"verifications-" + first + "-" + last + ".csv\"");
  }
}
