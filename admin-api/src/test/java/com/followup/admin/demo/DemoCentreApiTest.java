package com.followup.admin.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.followup.admin.support.Api;
import com.followup.campaign.dealer.DealerDirectory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo centre started as an operator would (FOLLOWUP_DEMO), on a MariaDB schema of its own:
 * real HTTP, real Quartz loops, the simulator with the demo's defaults.
 */
class DemoCentreApiTest {

  private static final Pattern LOGIN =
      Pattern.compile("^ {4}(\\S+) +(\\S{14}) +(MANAGER|QA|AGENT|DEALER)\\b", Pattern.MULTILINE);

  private final DemoDatabase database = new DemoDatabase();

  @BeforeEach
  void emptySchema() throws Exception {
    database.dropAndCreate();
  }

  private EmbeddedServer start(boolean demo) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("datasources.default.url", database.url());
    properties.put("followup.demo", String.valueOf(demo));
    return ApplicationContext.run(EmbeddedServer.class, properties, "test");
  }

  /** A running demo and what it printed on the console. */
  private record Demo(EmbeddedServer server, String printed) {}

  private Demo startDemo() {
    PrintStream console = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    EmbeddedServer server;
    try {
      server = start(true);
    } finally {
      System.setOut(console);
    }
    String text = printed.toString(StandardCharsets.UTF_8);
    console.print(text);
    return new Demo(server, text);
  }

  @Test
  void the_demo_seeds_an_empty_database_and_a_ready_agent_gets_a_call_within_seconds()
      throws Exception {
    long t0 = System.nanoTime();
    Demo demo = startDemo();
    long startedMs = (System.nanoTime() - t0) / 1_000_000;
    String printed = demo.printed();
    try (EmbeddedServer server = demo.server();
        HttpClient client = HttpClient.create(server.getURL())) {
      Api api = new Api(client.toBlocking());
      Map<String, String> passwords = new LinkedHashMap<>();
      Matcher login = LOGIN.matcher(printed);
      while (login.find()) {
        passwords.put(login.group(1), login.group(2));
      }
      assertThat(passwords.keySet())
          .containsExactly("manager1", "qa1", "agent1", "agent2", "dealer1", "dealer2");
      passwords.forEach((user, password) -> assertThat(api.login(user, password)).isNotBlank());
      assertThat(printed).contains("00:00–23:59", "purchase v2", "repair v2", "callback v2");

      String admin = api.adminToken();
      assertThat(Api.body(api.send(HttpRequest.GET("/api/dealers"), admin)))
          .contains("DEMO01", "上海示范汽车", "DEMO02", "Asia/Shanghai");
      String dealer1 = api.login("dealer1", passwords.get("dealer1"));
      assertThat(Api.body(api.send(HttpRequest.GET("/api/dealers"), dealer1)))
          .contains("DEMO01")
          .doesNotContain("DEMO02");
      assertThat(Api.body(api.send(HttpRequest.GET("/api/dealers/DEMO01/uploads"), admin)))
          .contains("\"accepted\":3000", "\"rejected\":0", "\"uploadedBy\":\"dealer1\"");

      assertThat(database.count("SELECT COUNT(*) FROM dealer_record")).isEqualTo(4500);
      assertThat(
              database.count(
                  "SELECT COUNT(DISTINCT DATE(event_time)) FROM dealer_record"
                      + " WHERE event_time > UTC_TIMESTAMP() - INTERVAL 31 DAY"))
          .isGreaterThanOrEqualTo(29);
      assertThat(
              database.count(
                  "SELECT COUNT(*) FROM dealer_record"
                      + " WHERE event_time < UTC_TIMESTAMP() - INTERVAL 31 DAY"))
          .isZero();
      assertThat(database.column("SELECT DISTINCT timezone FROM dealer_record"))
          .contains("Asia/Shanghai", "Asia/Urumqi", "America/New_York");
      assertThat(
              database.count(
                  "SELECT COUNT(*) FROM follow_up WHERE status IN ('SCHEDULED', 'DUE', 'DIALING')"
                      + " AND next_attempt_at <= UTC_TIMESTAMP() + INTERVAL 1 MINUTE"))
          .isGreaterThan(1000);
      assertThat(
              database.count(
                  "SELECT COUNT(*) FROM follow_up WHERE status = 'MISSED'"
                      + " AND missed_reason = 'LATE_RECORD'"))
          .isGreaterThan(100);

      String agent = api.login("agent1", passwords.get("agent1"));
      api.send(HttpRequest.PUT("/api/agent/state", Map.of("state", "READY")), agent);
      long ready = System.nanoTime();
      HttpResponse<String> call = api.send(HttpRequest.GET("/api/agent/call"), agent);
      while (call.code() != 200 && System.nanoTime() - ready < Duration.ofSeconds(10).toNanos()) {
        Thread.sleep(100);
        call = api.send(HttpRequest.GET("/api/agent/call"), agent);
      }
      long waitedMs = (System.nanoTime() - ready) / 1_000_000;
      System.out.println(
          "demo started (seeded) in " + startedMs + " ms; first call after " + waitedMs + " ms");
      assertThat(call.code()).as("a call within 10 s").isEqualTo(200);
      assertThat(Api.body(call)).contains("\"customer\"", "\"dealerCode\":\"DEMO0");
    }
  }

  @Test
  void a_second_start_on_the_demos_own_database_seeds_nothing_and_prints_no_password()
      throws Exception {
    Demo first = startDemo();
    first.server().close();
    assertThat(first.printed()).contains("agent1");

    Demo again = startDemo();
    again.server().close();
    String second = again.printed();

    assertThat(second).contains("seeded on its first start").doesNotContainPattern(LOGIN.pattern());
    assertThat(database.count("SELECT COUNT(*) FROM dealer_record")).isEqualTo(4500);
    assertThat(database.count("SELECT COUNT(*) FROM app_user")).isEqualTo(7);
    assertThat(database.count("SELECT COUNT(*) FROM campaign_version WHERE code = 'purchase'"))
        .isEqualTo(2);
  }

  @Test
  void the_demo_refuses_a_database_that_already_holds_other_data() throws Exception {
    try (EmbeddedServer plain = start(false)) {
      plain
          .getApplicationContext()
          .getBean(DealerDirectory.class)
          .register("SH001", "Shanghai Motors", "CN", "Asia/Shanghai");
    }

    Throwable refused = catchThrowable(() -> start(true).close());

    assertThat(refused).isNotNull();
    assertThat(com.followup.admin.StartupFailureProbe.explain(refused))
        .startsWith("Cannot start: the demo (followup.demo / FOLLOWUP_DEMO) seeds only an empty")
        .contains("1 dealer(s) and 0 user(s) besides admin", database.schema)
        .doesNotContain("password=");
    assertThat(database.count("SELECT COUNT(*) FROM dealer")).isEqualTo(1);
  }
}
