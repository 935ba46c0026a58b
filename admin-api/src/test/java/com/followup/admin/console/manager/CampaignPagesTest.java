package com.followup.admin.console.manager;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The manager's campaign pages over HTTP: who may open them, and what a save requires. */
@MicronautTest(transactional = false)
class CampaignPagesTest {

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient client;

  Api api;
  String manager;
  String code;
  String dealer;
  java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

  @BeforeEach
  void setUp() {
    api = new Api(client.toBlocking());
    manager = api.userWithRole("MANAGER", null);
    code = "t-" + UUID.randomUUID().toString().substring(0, 8);
    dealer = api.newDealer("CN", "Asia/Shanghai");
    api.send(
        io.micronaut.http.HttpRequest.PUT(
                "/api/campaigns/" + code,
                "{\"code\":\""
                    + code
                    + "\",\"name\":\"Test\",\"recordType\":\"PURCHASE\",\"steps\":["
                    + "{\"step\":1,\"opensAfterDays\":0,\"deadlineDays\":3,\"maxAttempts\":4}],"
                    + "\"callingRules\":{\"callingFrom\":\"09:00\",\"callingUntil\":\"20:00\","
                    + "\"maxAttemptsPerDay\":2,\"maxAttemptsTotal\":4}}")
            .contentType(MediaType.APPLICATION_JSON),
        manager);
  }

  private HttpResponse<String> send(String method, String path, String token, String form)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.getURL() + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept-Language", "en")
            .header("HX-Request", "true");
    if (form == null) {
      request.GET();
    } else {
      request
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String form(Map<String, String> values) {
    return values.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private Map<String, String> timeline(String deadline) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("baseVersion", "1");
    v.put("name", "Test");
    v.put("steps-1-opensAfterDays", "0");
    v.put("steps-1-deadlineDays", deadline);
    v.put("steps-1-maxAttempts", "4");
    v.put("callingRules-callingFrom", "09:00");
    v.put("callingRules-callingUntil", "20:00");
    v.put("callingRules-holidays", "");
    v.put("callingRules-maxAttemptsPerDay", "2");
    v.put("callingRules-maxAttemptsTotal", "4");
    // its own dealer: the shared test database holds other tests' records in any range
    v.put("dryRun-dealer", dealer);
    v.put("dryRun-from", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
    v.put("dryRun-to", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(4).toString());
    return v;
  }

  @Test
  void dealers_and_agents_get_the_403_page_for_every_campaign_page_and_form() throws Exception {
    String body = form(timeline("3"));
    for (String token :
        new String[] {
          api.userWithRole("DEALER", api.newDealer("CN", "Asia/Shanghai")),
          api.userWithRole("AGENT", null)
        }) {
      for (String page :
          new String[] {
            "/manager/campaigns",
            "/manager/campaigns/" + code,
            "/manager/campaigns/" + code + "/versions"
          }) {
        HttpResponse<String> refused = send("GET", page, token, null);
        assertThat(refused.statusCode()).as(page).isEqualTo(403);
        assertThat(refused.body()).as(page).contains("You may not open this page");
      }
      for (String action : new String[] {"/draft", "/dry-run", "/versions", "/dialing"}) {
        assertThat(send("POST", "/manager/campaigns/" + code + action, token, body).statusCode())
            .as(action)
            .isEqualTo(403);
      }
    }
    assertThat(send("GET", "/manager/campaigns/" + code, manager, null).statusCode())
        .isEqualTo(200);
    assertThat(send("GET", "/manager/campaigns/nope", manager, null).statusCode()).isEqualTo(404);
  }

  @Test
  void a_save_needs_the_dry_run_of_that_very_draft_and_makes_the_next_version() throws Exception {
    Map<String, String> draft = timeline("5");
    HttpResponse<String> ran =
        send("POST", "/manager/campaigns/" + code + "/dry-run", manager, form(draft));
    String reviewed =
        ran.body().replaceAll("(?s).*name=\"reviewed\" value=\"([0-9a-f]+)\".*", "$1");

    draft.put("reviewed", reviewed);
    draft.put("steps-1-deadlineDays", "6");
    HttpResponse<String> changedSince =
        send("POST", "/manager/campaigns/" + code + "/versions", manager, form(draft));
    draft.put("steps-1-deadlineDays", "5");
    HttpResponse<String> saved =
        send("POST", "/manager/campaigns/" + code + "/versions", manager, form(draft));
    HttpResponse<String> again =
        send("POST", "/manager/campaigns/" + code + "/versions", manager, form(draft));

    assertThat(ran.statusCode()).as(ran.body()).isEqualTo(200);
    assertThat(ran.body()).contains("id=\"dry-run-summary\"").contains("id=\"save-version\"");
    assertThat(changedSince.statusCode()).isEqualTo(409);
    assertThat(changedSince.body()).contains("The draft changed after its dry run");
    assertThat(saved.headers().firstValue("HX-Redirect"))
        .hasValue("/manager/campaigns/" + code + "/versions?left=1&right=2&saved=1");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("Someone saved version 2");
    HttpResponse<String> history =
        send("GET", "/manager/campaigns/" + code + "/versions?left=1&right=2", manager, null);
    assertThat(history.body())
        .contains("data-field=\"steps.1.deadlineDays\" data-changed=\"true\"");
  }

  @Test
  void an_invalid_draft_gets_its_messages_by_field_and_no_dry_run() throws Exception {
    Map<String, String> draft = timeline("3");
    draft.put("steps-1-deadlineDays", "0");
    draft.put("callingRules-maxAttemptsPerDay", "many");

    HttpResponse<String> preview =
        send("POST", "/manager/campaigns/" + code + "/draft", manager, form(draft));
    HttpResponse<String> ran =
        send("POST", "/manager/campaigns/" + code + "/dry-run", manager, form(draft));

    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(preview.body())
        .contains(
            "id=\"err-steps-1-deadlineDays\" hx-swap-oob=\"true\">The deadline must come after the"
                + " opening (day 0).</small>")
        .contains(
            "id=\"err-callingRules-maxAttemptsPerDay\" hx-swap-oob=\"true\">many is not a whole"
                + " number.</small>");
    assertThat(ran.statusCode()).isEqualTo(422);
    assertThat(ran.body())
        .contains("fix the fields marked in red")
        .doesNotContain("dry-run-summary");
  }

  @Test
  void a_text_message_step_without_its_text_is_refused_with_a_422_and_nothing_is_saved()
      throws Exception {
    Map<String, String> draft = timeline("3");
    draft.put("steps-1-channel", "SMS");
    draft.put("steps-1-message-en", " ");
    draft.put("steps-1-message-zh", "");
    draft.put("consentExemption", "x".repeat(501));

    HttpResponse<String> ran =
        send("POST", "/manager/campaigns/" + code + "/dry-run", manager, form(draft));
    HttpResponse<String> saved =
        send("POST", "/manager/campaigns/" + code + "/versions", manager, form(draft));

    assertThat(ran.statusCode()).isEqualTo(422);
    assertThat(ran.body())
        .contains(
            "id=\"err-steps-1-message\" hx-swap-oob=\"true\">Step 1 sends a text: write it in"
                + " English and/or Chinese.</small>")
        .doesNotContain("dry-run-summary");
    assertThat(saved.statusCode()).isEqualTo(422);
    assertThat(saved.body()).contains("fix the fields marked in red");
    assertThat(version()).isEqualTo(1);

    draft.put("steps-1-message-en", "Your {product} is due a check.");
    HttpResponse<String> tooLong =
        send("POST", "/manager/campaigns/" + code + "/dry-run", manager, form(draft));
    assertThat(tooLong.statusCode()).isEqualTo(422);
    assertThat(tooLong.body())
        .contains(
            "id=\"err-consentExemption\" hx-swap-oob=\"true\">The reason for calling and texting"
                + " without consent is at most 500 characters.</small>")
        .doesNotContain("id=\"err-steps-1-message\" hx-swap-oob=\"true\">Step");
    draft.put("steps-1-channel", "FAX");
    HttpResponse<String> noChannel =
        send("POST", "/manager/campaigns/" + code + "/draft", manager, form(draft));
    assertThat(noChannel.body())
        .contains("id=\"err-steps-1-channel\" hx-swap-oob=\"true\">Step 1: FAX is not a channel");
  }

  @Test
  void a_survey_changed_after_the_dry_run_is_not_saved_until_it_is_run_again() throws Exception {
    Map<String, String> draft = timeline("3");
    draft.put("steps-1-channel", "VOICE_SURVEY");
    draft.put("survey-greeting-en", "Hello from Test Motors.");
    draft.put("survey-closing-en", "Thank you, goodbye.");
    draft.put("survey-questions-1-code", "satisfaction");
    draft.put("survey-questions-1-prompt-en", "Satisfied? Press 1 for yes, 2 for no.");
    draft.put("survey-questions-1-keys", "1 SATISFIED Satisfied\n2 NOT_SATISFIED Not satisfied");
    HttpResponse<String> ran =
        send("POST", "/manager/campaigns/" + code + "/dry-run", manager, form(draft));
    assertThat(ran.statusCode()).as(ran.body()).isEqualTo(200);
    draft.put(
        "reviewed", ran.body().replaceAll("(?s).*name=\"reviewed\" value=\"([0-9a-f]+)\".*", "$1"));

    draft.put("survey-greeting-en", "Hello from Other Motors.");
    HttpResponse<String> changed =
        send("POST", "/manager/campaigns/" + code + "/versions", manager, form(draft));
    draft.put("survey-greeting-en", "Hello from Test Motors.");
    HttpResponse<String> saved =
        send("POST", "/manager/campaigns/" + code + "/versions", manager, form(draft));

    assertThat(changed.statusCode()).isEqualTo(409);
    assertThat(saved.headers().firstValue("HX-Redirect")).isPresent();
    String stored =
        Api.body(api.send(io.micronaut.http.HttpRequest.GET("/api/campaigns/" + code), manager));
    assertThat(stored)
        .contains("\"channel\":\"VOICE_SURVEY\"")
        .contains("\"greeting\":{\"en\":\"Hello from Test Motors.\"}");
  }

  @Test
  void the_text_count_answers_characters_encoding_and_segments_as_the_dry_run_counts_them()
      throws Exception {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("steps-2-message-en", "Hi {customerName}");
    texts.put("steps-2-message-zh", "您".repeat(71));

    HttpResponse<String> english =
        send(
            "POST",
            "/manager/campaigns/" + code + "/text-count?field=steps-2-message-en",
            manager,
            form(texts));
    HttpResponse<String> chinese =
        send(
            "POST",
            "/manager/campaigns/" + code + "/text-count?field=steps-2-message-zh",
            manager,
            form(texts));
    HttpResponse<String> notAText =
        send("POST", "/manager/campaigns/" + code + "/text-count?field=name", manager, form(texts));

    assertThat(english.statusCode()).isEqualTo(200);
    assertThat(english.body())
        .contains("id=\"count-steps-2-message-en\"")
        .contains("data-encoding=\"GSM-7\"")
        .contains(">15 characters · GSM-7 · 1 segment</small>");
    assertThat(chinese.body()).contains(">71 characters · UCS-2 · 2 segments</small>");
    assertThat(notAText.statusCode()).isEqualTo(400);
  }

  private int version() {
    String body =
        Api.body(api.send(io.micronaut.http.HttpRequest.GET("/api/campaigns/" + code), manager));
    return Integer.parseInt(body.replaceAll("(?s).*\"version\":(\\d+).*", "$1"));
  }

  @Test
  void the_dialing_form_stores_the_campaigns_settings_and_refuses_a_cap_out_of_range()
      throws Exception {
    Map<String, String> dialing = new LinkedHashMap<>();
    dialing.put("mode", "PROGRESSIVE");
    dialing.put("abandonmentCap", "2.5");
    dialing.put("machineBehaviour", "LEAVE_MESSAGE");
    dialing.put("machineMessage", "");
    dialing.put("abandonMessage", "Hello from Test Motors.");
    dialing.put("wrapUpSeconds", "45");

    HttpResponse<String> noMessage =
        send("POST", "/manager/campaigns/" + code + "/dialing", manager, form(dialing));
    dialing.put("machineMessage", "Please call us back.");
    dialing.put("abandonmentCap", "120");
    HttpResponse<String> badCap =
        send("POST", "/manager/campaigns/" + code + "/dialing", manager, form(dialing));
    dialing.put("abandonmentCap", "2.5");
    HttpResponse<String> saved =
        send("POST", "/manager/campaigns/" + code + "/dialing", manager, form(dialing));

    assertThat(noMessage.statusCode()).isEqualTo(422);
    assertThat(noMessage.body())
        .contains("id=\"derr-machineMessage\">LEAVE_MESSAGE needs a machineMessage");
    assertThat(badCap.body()).contains("id=\"derr-abandonmentCap\">A percentage like 3");
    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(saved.body()).contains("Dialing settings saved.");
    assertThat(
            Api.body(
                api.send(
                    io.micronaut.http.HttpRequest.GET("/api/campaigns/" + code + "/dialing"),
                    manager)))
        .contains("\"mode\":\"PROGRESSIVE\"", "\"abandonmentCap\":0.025", "\"wrapUpSeconds\":45")
        .contains("\"machineBehaviour\":\"LEAVE_MESSAGE\"", "Please call us back.");
  }

  @Test
  void the_dialing_form_keeps_a_recording_announcement_and_refuses_one_too_long() throws Exception {
    Map<String, String> dialing = new LinkedHashMap<>();
    dialing.put("mode", "PROGRESSIVE");
    dialing.put("abandonmentCap", "3");
    dialing.put("machineBehaviour", "HANG_UP");
    dialing.put("machineMessage", "");
    dialing.put("abandonMessage", "Hello from Test Motors.");
    dialing.put("wrapUpSeconds", "");
    dialing.put("recordingAnnouncement", "x".repeat(1001));

    HttpResponse<String> tooLong =
        send("POST", "/manager/campaigns/" + code + "/dialing", manager, form(dialing));
    dialing.put("recordingAnnouncement", "This call may be recorded for quality.");
    HttpResponse<String> saved =
        send("POST", "/manager/campaigns/" + code + "/dialing", manager, form(dialing));
    HttpResponse<String> page = send("GET", "/manager/campaigns/" + code, manager, null);

    assertThat(tooLong.statusCode()).isEqualTo(422);
    assertThat(tooLong.body())
        .contains("id=\"derr-recordingAnnouncement\">At most 1000 characters.");
    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Recording announcement")
        .contains(
            "name=\"recordingAnnouncement\" rows=\"2\"",
            ">This call may be recorded for quality.</textarea>");
    assertThat(
            Api.body(
                api.send(
                    io.micronaut.http.HttpRequest.GET("/api/campaigns/" + code + "/dialing"),
                    manager)))
        .contains("\"recordingAnnouncement\":\"This call may be recorded for quality.\"");
  }
}
