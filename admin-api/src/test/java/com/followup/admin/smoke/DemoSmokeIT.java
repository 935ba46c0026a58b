package com.followup.admin.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar with FOLLOWUP_DEMO on the embedded default, as `scripts/run.sh --demo`. */
class DemoSmokeIT {

  private static final Pattern AGENT = Pattern.compile("agent1 +(\\S{14}) +AGENT");

  @TempDir Path workDir;

  @Test
  void the_demo_on_a_fresh_data_folder_is_ready_within_seconds_and_an_agent_gets_a_call()
      throws Exception {
    String password;
    try (RunningJar app = RunningJar.start(workDir, Map.of("FOLLOWUP_DEMO", "true"))) {
      Duration startup = app.awaitUp(Duration.ofSeconds(120));
      Matcher printed = AGENT.matcher(app.log());
      assertThat(printed.find()).as(app.log()).isTrue();
      password = printed.group(1);
      String token = app.login("agent1", password);
      HttpResponse<String> ready = put(app, "/api/agent/state", "{\"state\":\"READY\"}", token);
      assertThat(ready.body()).contains("READY");
      long asked = System.nanoTime();
      HttpResponse<String> call = app.get("/api/agent/call", token);
      while (call.statusCode() != 200 && System.nanoTime() - asked < 15_000_000_000L) {
        Thread.sleep(100);
        call = app.get("/api/agent/call", token);
      }
      Duration toCall = Duration.ofNanos(System.nanoTime() - asked);
      System.out.println(
          "demo on H2: UP (seeded) after "
              + startup.toMillis()
              + " ms, first call after "
              + toCall.toMillis()
              + " ms");
      assertThat(call.statusCode()).as(app.log()).isEqualTo(200);
      assertThat(call.body()).contains("\"dealerCode\":\"DEMO0");
    }

    try (RunningJar again = RunningJar.start(workDir, Map.of("FOLLOWUP_DEMO", "true"))) {
      again.awaitUp(Duration.ofSeconds(60));
      assertThat(again.log()).contains("seeded on its first start").doesNotContain(password);
      assertThat(again.login("agent1", password)).isNotBlank();
    }
  }

  private static HttpResponse<String> put(RunningJar app, String path, String json, String token)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + app.port + path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }
}
