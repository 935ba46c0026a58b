package com.followup.admin.dnc;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The do-not-call list over HTTP: who may change it, and numbers in any form. */
@MicronautTest(transactional = false)
class DoNotCallApiTest {

  @Inject
  @Client("/")
  HttpClient client;

  Api api;
  String national;
  String e164;

  @BeforeEach
  void setUp() {
    api = new Api(client.toBlocking());
    national = "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    e164 = "+86" + national;
  }

  @Test
  void a_manager_adds_a_national_number_that_is_found_in_international_form_and_removed() {
    String manager = api.userWithRole("MANAGER", null);

    var added =
        api.send(
            HttpRequest.PUT(
                "/api/do-not-call/" + national,
                Map.of("reason", "asked not to be called", "country", "CN")),
            manager);

    assertThat(added.code()).isEqualTo(200);
    assertThat(Api.body(added)).contains("\"phone\":\"" + e164 + "\"");
    assertThat(
            api.send(HttpRequest.GET("/api/do-not-call/" + e164.replace("+", "%2B")), manager)
                .code())
        .isEqualTo(200);
    assertThat(
            api.send(HttpRequest.DELETE("/api/do-not-call/" + e164.replace("+", "%2B")), manager)
                .code())
        .isEqualTo(204);
    assertThat(
            api.send(HttpRequest.GET("/api/do-not-call/" + e164.replace("+", "%2B")), manager)
                .code())
        .isEqualTo(404);
  }

  @Test
  void an_agent_may_add_a_number_but_not_remove_one_and_a_dealer_may_do_neither() {
    String agent = api.userWithRole("AGENT", null);
    String dealer = api.newDealer("CN", "Asia/Shanghai");

    assertThat(
            api.send(
                    HttpRequest.PUT(
                        "/api/do-not-call/" + e164.replace("+", "%2B"),
                        Map.of("reason", "on the call")),
                    agent)
                .code())
        .isEqualTo(200);
    assertThat(
            api.send(HttpRequest.DELETE("/api/do-not-call/" + e164.replace("+", "%2B")), agent)
                .code())
        .isEqualTo(403);
    assertThat(
            api.send(
                    HttpRequest.PUT(
                        "/api/do-not-call/" + e164.replace("+", "%2B"), Map.of("reason", "x")),
                    api.userWithRole("DEALER", dealer))
                .code())
        .isEqualTo(403);
  }

  @Test
  void a_number_that_is_not_a_phone_number_or_a_missing_reason_is_refused_with_a_clear_message() {
    String manager = api.userWithRole("MANAGER", null);

    var bad = api.send(HttpRequest.PUT("/api/do-not-call/12345", Map.of("reason", "x")), manager);
    var noReason =
        api.send(
            HttpRequest.PUT("/api/do-not-call/" + e164.replace("+", "%2B"), Map.of("reason", " ")),
            manager);

    assertThat(bad.code()).isEqualTo(400);
    assertThat(Api.body(bad)).contains("not a valid phone number");
    assertThat(noReason.code()).isEqualTo(400);
    assertThat(Api.body(noReason)).contains("needs a reason");
  }

  @Test
  void aNumberOptedOutOfTextsIsListedWithTheDoNotCallListAndCanBeOptedBackIn() {
    String manager = api.userWithRole("MANAGER", null);
    String dealer = api.userWithRole("DEALER", api.newDealer("CN", "Asia/Shanghai"));
    String path = "/api/do-not-call/opt-outs/" + e164.replace("+", "%2B");

    var optedOut =
        api.send(HttpRequest.PUT(path + "/SMS", Map.of("reason", "asked on the call")), manager);
    assertThat(optedOut.code()).isEqualTo(200);
    assertThat(Api.body(optedOut)).contains("\"channel\":\"SMS\"", "\"source\":\"CENTRE\"");
    assertThat(
            Api.body(api.send(HttpRequest.GET("/api/do-not-call/opt-outs?q=" + national), manager)))
        .contains(e164);
    assertThat(
            api.send(HttpRequest.GET("/api/do-not-call/" + e164.replace("+", "%2B")), manager)
                .code())
        .isEqualTo(404); // an opt-out of texts is not a do-not-call entry

    assertThat(api.send(HttpRequest.PUT(path + "/AGENT", Map.of("reason", "x")), manager).code())
        .isEqualTo(400);
    assertThat(api.send(HttpRequest.GET("/api/do-not-call/opt-outs"), dealer).code())
        .isEqualTo(403);
    assertThat(api.send(HttpRequest.DELETE(path + "/SMS"), manager).code()).isEqualTo(204);
    assertThat(api.send(HttpRequest.DELETE(path + "/SMS"), manager).code()).isEqualTo(404);
  }
}
