package com.followup.admin.verification;

import static com.followup.admin.agent.Floor.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.agent.Floor;
import com.followup.admin.support.Api;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A repair follow-up checks what the service station reported, on a real call (the simulator: a
 * person answers, the agent talks): a mismatch opens one PROBLEM ticket for the service network and
 * is counted once in the station's verification report.
 */
@MicronautTest(transactional = false, environments = "answered-calls")
class RepairVerificationApiTest {

  @Inject Floor floor;
  @Inject JsonMapper json;

  @BeforeEach
  void setUp() {
    floor.clearTheFloor();
  }

  @AfterEach
  void everyoneGoesHome() {
    floor.clearTheFloor();
  }

  private void uploadRepair(String recordId, String parts) {
    String when =
        LocalDateTime.ofInstant(
                Instant.now().minus(Duration.ofHours(2)), ZoneId.of("Asia/Shanghai"))
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    String csv =
        "record_type,record_id,event_time,customer_name,phone,timezone,product,parts\n"
            + String.join(
                ",",
                "REPAIR",
                recordId,
                when,
                "Ann Lee",
                Api.freshMobile(),
                floor.midday.getId(),
                "washer",
                parts)
            + "\n";
    var response =
        floor.api.send(
            HttpRequest.POST("/api/dealers/" + floor.dealer + "/records", csv)
                .contentType(MediaType.of("text/csv")),
            floor.api.adminToken());
    assertThat(Api.body(response)).contains("\"accepted\":1");
  }

  private io.micronaut.http.HttpResponse<String> outcome(String agent, String verification) {
    return floor.outcome(
        agent,
        "{\"outcome\":\"COMPLETED\",\"satisfied\":true,\"verification\":" + verification + "}");
  }

  @Test
  void a_part_the_customer_does_not_confirm_opens_one_ticket_and_counts_once_for_the_station()
      throws Exception {
    String agent = floor.api.userWithRole("AGENT", null);
    floor.state(agent, "READY");
    uploadRepair("REP-1", "compressor;door seal");
    Map<String, Object> call =
        await(
            () -> floor.callShown(agent),
            c -> "CONNECTED".equals(c.get("stage")),
            Duration.ofSeconds(40));
    assertThat(call.toString()).contains("compressor;door seal");

    // refused without losing the call: a claimed part not answered, an answer not known
    var unanswered =
        outcome(agent, "{\"repairDone\":\"CONFIRMED\",\"parts\":{\"compressor\":\"CONFIRMED\"}}");
    assertThat(unanswered.code()).isEqualTo(400);
    assertThat(Api.body(unanswered)).contains("part 'door seal' is not answered");
    var unknown =
        outcome(
            agent,
            "{\"repairDone\":\"MAYBE\",\"parts\":{\"compressor\":\"CONFIRMED\",\"door seal\":\"CONFIRMED\"}}");
    assertThat(unknown.code()).isEqualTo(400);
    assertThat(floor.callShown(agent)).containsEntry("stage", "CONNECTED");

    String mismatch =
        "{\"repairDone\":\"CONFIRMED\",\"parts\":{\"compressor\":\"CONFIRMED\","
            + "\"door seal\":\"NOT_CONFIRMED\"},\"extraParts\":[\"drain pump\"]}";
    var entered = outcome(agent, mismatch);
    assertThat(entered.code()).as(Api.body(entered)).isEqualTo(200);
    Map<String, Object> result = map(Api.body(entered));
    Object ticketId = result.get("verificationTicketId");
    assertThat(ticketId).isNotNull();
    Map<String, Object> ticket = floor.sla.ticket(floor.api.userWithRole("QA", null), ticketId);
    assertThat(ticket)
        .containsEntry("type", "PROBLEM")
        .containsEntry("department", "service-network");
    assertThat((String) ticket.get("summary"))
        .contains("part not confirmed: door seal", "not reported: drain pump")
        .doesNotContain("part not confirmed: compressor");

    // sent again: the call's outcome is in, nothing new is recorded
    assertThat(outcome(agent, mismatch).code()).isNotEqualTo(200);
    assertThat(
            floor.value(
                "SELECT COUNT(*) FROM sla_ticket WHERE department = 'service-network' AND dealer_code = '"
                    + floor.dealer
                    + "'"))
        .isEqualTo("1");

    String qa = floor.api.userWithRole("QA", null);
    List<Map<String, Object>> report = list("/api/verifications?dealer=" + floor.dealer, qa);
    assertThat(report).hasSize(1);
    assertThat(report.get(0))
        .containsEntry("dealerCode", floor.dealer)
        .containsEntry("verifiedRepairs", 1)
        .containsEntry("mismatches", 1)
        .containsEntry("repairsNotConfirmed", 0)
        .containsEntry("partsClaimed", 2)
        .containsEntry("partsNotConfirmed", 1)
        .containsEntry("partsUnsure", 0);

    var csv =
        floor.api.send(
            HttpRequest.GET("/api/verifications?dealer=" + floor.dealer).accept("text/csv"), qa);
    byte[] bytes = Api.body(csv).getBytes(StandardCharsets.UTF_8);
    assertThat(Api.body(csv)).startsWith("\uFEFFdealer,verifiedRepairs,mismatches");
    assertThat(Api.body(csv)).contains(floor.dealer + ",1,1,0,2,1,0");
    assertThat(bytes.length).isPositive();

    var page =
        floor.api.send(HttpRequest.GET("/qa/verifications").header("Accept-Language", "en"), qa);
    assertThat(page.code()).isEqualTo(200);
    assertThat(Api.body(page))
        .contains(
            "data-dealer=\"" + floor.dealer + "\"",
            "Repair claims by service station",
            "format=csv");
    assertThat(Api.body(floor.api.send(HttpRequest.GET("/api/verifications?format=csv"), qa)))
        .startsWith("\uFEFFdealer,");

    String ownDealer = floor.api.userWithRole("DEALER", floor.dealer);
    assertThat(list("/api/verifications", ownDealer))
        .extracting(r -> r.get("dealerCode"))
        .containsExactly(floor.dealer);
    String otherDealer =
        floor.api.userWithRole("DEALER", floor.api.newDealer("CN", "Asia/Shanghai"));
    assertThat(
            floor
                .api
                .send(HttpRequest.GET("/api/verifications?dealer=" + floor.dealer), otherDealer)
                .code())
        .isEqualTo(403);
    assertThat(floor.api.send(HttpRequest.GET("/api/verifications"), agent).code()).isEqualTo(403);
  }

  @Test
  void a_purchase_follow_up_has_no_repair_claim_to_check() throws Exception {
    String agent = floor.api.userWithRole("AGENT", null);
    floor.state(agent, "READY");
    floor.upload("BUY-1");
    await(
        () -> floor.callShown(agent),
        c -> "CONNECTED".equals(c.get("stage")),
        Duration.ofSeconds(40));

    var refused = outcome(agent, "{\"repairDone\":\"CONFIRMED\",\"parts\":{}}");

    assertThat(refused.code()).isEqualTo(400);
    assertThat(Api.body(refused)).contains("only a repair follow-up checks a repair claim");
    assertThat(floor.outcome(agent, "{\"outcome\":\"COMPLETED\",\"satisfied\":true}").code())
        .isEqualTo(200);
  }

  private Map<String, Object> map(String body) throws IOException {
    return json.readValue(body, Argument.mapOf(String.class, Object.class));
  }

  private List<Map<String, Object>> list(String path, String token) throws IOException {
    var response = floor.api.send(HttpRequest.GET(path), token);
    assertThat(response.code()).as(Api.body(response)).isEqualTo(200);
    return json.readValue(
        Api.body(response), Argument.listOf(Argument.mapOf(String.class, Object.class)));
  }
}
