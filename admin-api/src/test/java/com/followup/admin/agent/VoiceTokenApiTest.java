package com.followup.admin.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class VoiceTokenApiTest {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject Softphone softphone;

  @Test
  void the_simulator_needs_no_softphone_so_an_agent_is_told_there_is_no_token() {
    Api api = new Api(client.toBlocking());

    HttpResponse<String> none =
        api.send(HttpRequest.GET("/api/agent/voice-token"), api.userWithRole("AGENT", null));

    assertThat(none.code()).isEqualTo(404);
    assertThat(Api.body(none)).contains("simulator");
  }

  @Test
  void with_the_simulator_the_desk_offers_no_softphone() {
    assertThat(softphone.available()).isFalse();
  }
}
