package com.followup.admin.smoke;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.followup.sla.transfer.WebhookSignature;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged app on MariaDB, killed with SIGKILL after tickets for departments were committed and
 * before they were delivered: one department's receiver is unreachable, the other's holds the
 * request without answering. After a restart each ticket reaches its department with the delivery
 * id written before the crash, and each is notified once.
 */
class DeliveryCrashIT {

  static final String DB =
      System.getProperty("followup.test.db.prefix", "followup_test") + "_delivery_crash";
  static final String HOST = System.getProperty("followup.test.db.host", "127.0.0.1");
  static final String USER = System.getProperty("followup.test.db.user", "followup_test");
  static final String PASSWORD = System.getProperty("followup.test.db.password", "followup_test");
  static final String SECRET = "crash-test-department-secret";
  static final int SIGKILL_EXIT = 128 + 9;

  /** Two starts must fit in the test's two minutes on a shared machine: C1 compiles sooner. */
  static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1");

  @TempDir Path workDir;

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void a_ticket_committed_before_a_sigkill_is_delivered_once_with_its_delivery_id_after_a_restart()
      throws Exception {
    long started = System.nanoTime();
    freshDatabase();
    int downPort = freePort();
    WireMockServer down = new WireMockServer(WireMockConfiguration.options().port(downPort));
    WireMockServer stalled = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    stalled.start();
    stalled.stubFor(
        post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(200).withFixedDelay(15_000)));
    Map<String, String> env =
        Map.ofEntries(
            Map.entry("DATASOURCES_DEFAULT_URL", "jdbc:mysql://" + HOST + ":3306/" + DB),
            Map.entry("DATASOURCES_DEFAULT_USERNAME", USER),
            Map.entry("DATASOURCES_DEFAULT_PASSWORD", PASSWORD),
            Map.entry("FOLLOWUP_ADMIN_PASSWORD", "crash-test-password"),
            Map.entry("FOLLOWUP_DEPARTMENTS_DELIVERY_FIRST_RETRY", "200ms"),
            Map.entry("FOLLOWUP_DEPARTMENTS_DELIVERY_MAX_BACKOFF", "1s"),
            Map.entry("FOLLOWUP_DEPARTMENTS_DELIVERY_TIMEOUT", "5s"),
            Map.entry("FOLLOWUP_DEPARTMENTS_DELIVERY_LEASE", "8s"),
            Map.entry("FOLLOWUP_SCHEDULER_CHECKIN_INTERVAL", "1s"),
            Map.entry("FOLLOWUP_SCHEDULER_LEASE", "10s"));
    long unreachable;
    long held;
    String unreachableId;
    String heldId;
    try {
      try (RunningJar app = RunningJar.start(workDir, env, QUICK_START)) {
        phase(started, "first start", app.awaitUp(Duration.ofSeconds(60)));
        String admin = app.login("admin", "crash-test-password");
        String manager = manager(app, admin);
        department(app, admin, "unreachable", "http://127.0.0.1:" + downPort + "/hook");
        department(app, admin, "stalled", stalled.baseUrl() + "/hook");

        unreachable = open(app, manager, "unreachable");
        await(() -> attempts(unreachable) >= 2, "tries to the unreachable receiver");
        held = open(app, manager, "stalled");
        await(
            () -> attempts(held) == 1 && text("last_error", held) == null,
            "the try the stalled receiver holds");
        await(
            () -> stalled.findAll(postRequestedFor(urlEqualTo("/hook"))).size() == 1,
            "the stalled receiver holding the request");

        app.process.destroyForcibly();
        assertThat(app.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(app.process.exitValue()).as("killed by SIGKILL").isEqualTo(SIGKILL_EXIT);
        phase(started, "killed", null);
      }
      unreachableId = text("delivery_id", unreachable);
      heldId = text("delivery_id", held);
      assertThat(text("delivered_at", unreachable)).isNull();
      assertThat(text("delivered_at", held)).isNull();
      assertThat(notified(unreachable)).isZero();
      assertThat(notified(held)).isZero();

      down.start();
      down.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(204)));
      stalled.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(200)));
      try (RunningJar again = RunningJar.start(workDir, env, QUICK_START)) {
        phase(started, "second start", again.awaitUp(Duration.ofSeconds(60)));
        await(
            () -> text("delivered_at", unreachable) != null && text("delivered_at", held) != null,
            "both deliveries after the restart");
        phase(started, "delivered", null);
        Thread.sleep(2000); // time for a duplicate to show

        List<LoggedRequest> first = down.findAll(postRequestedFor(urlEqualTo("/hook")));
        assertThat(first).hasSize(1);
        assertThat(first.get(0).getHeader(WebhookSignature.DELIVERY_HEADER))
            .isEqualTo(unreachableId);
        assertThat(
                WebhookSignature.verify(
                    SECRET,
                    first.get(0).getHeader(WebhookSignature.HEADER),
                    first.get(0).getBodyAsString(),
                    Instant.now(),
                    Duration.ofMinutes(5)))
            .isTrue();
        List<LoggedRequest> second = stalled.findAll(postRequestedFor(urlEqualTo("/hook")));
        assertThat(second)
            .as("the held try and the one after the restart, under one id")
            .hasSize(2)
            .allSatisfy(
                r -> assertThat(r.getHeader(WebhookSignature.DELIVERY_HEADER)).isEqualTo(heldId));
        assertThat(attempts(held)).isEqualTo(2);
        assertThat(notified(unreachable)).isEqualTo(1);
        assertThat(notified(held)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM sla_delivery")).isEqualTo(2);

        String admin = again.login("admin", "crash-test-password");
        HttpResponse<String> ticket = again.get("/api/tickets/" + unreachable, admin);
        assertThat(ticket.body())
            .contains("\"deliveryId\":\"" + unreachableId + "\"")
            .contains("\"type\":\"DEPARTMENT_NOTIFIED\"");
      }
    } finally {
      down.stop();
      stalled.stop();
    }
  }

  /** How long the test took to get here, in its output (it must stay well under two minutes). */
  private static void phase(long started, String name, Duration took) {
    System.out.printf(
        "%s at %d ms%s%n",
        name,
        Duration.ofNanos(System.nanoTime() - started).toMillis(),
        took == null ? "" : " (took " + took.toMillis() + " ms)");
  }

  private static String manager(RunningJar app, String admin) throws Exception {
    HttpResponse<String> created =
        app.post(
            "/api/users",
            "{\"username\":\"crash-manager\",\"password\":\"password-123\","
                + "\"roles\":[\"MANAGER\"]}",
            admin);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return app.login("crash-manager", "password-123");
  }

  private static void department(RunningJar app, String admin, String code, String url)
      throws Exception {
    HttpResponse<String> put =
        app.put(
            "/api/departments/" + code,
            "{\"name\":\"Station "
                + code
                + "\",\"webhookUrl\":\""
                + url
                + "\",\"webhookSecret\":\""
                + SECRET
                + "\"}",
            admin);
    assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
  }

  private static long open(RunningJar app, String manager, String department) throws Exception {
    HttpResponse<String> opened =
        app.post(
            "/api/tickets",
            "{\"type\":\"PROBLEM\",\"customerPhone\":\"+8613812345678\",\"department\":\""
                + department
                + "\",\"summary\":\"the washing machine leaks\"}",
            manager);
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    Matcher id = Pattern.compile("^\\{\"id\":(\\d+)").matcher(opened.body());
    assertThat(id.find()).as(opened.body()).isTrue();
    long ticket = Long.parseLong(id.group(1));
    // the answer came after the commit: the delivery is in the outbox already
    assertThat(count("SELECT COUNT(*) FROM sla_delivery WHERE ticket_id = " + ticket)).isEqualTo(1);
    return ticket;
  }

  private static void await(BooleanSupplier done, String what) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
    while (!done.getAsBoolean()) {
      assertThat(System.nanoTime()).as("in time: " + what).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private static long attempts(long ticket) {
    return count("SELECT attempts FROM sla_delivery WHERE ticket_id = " + ticket);
  }

  private static long notified(long ticket) {
    return count(
        "SELECT COUNT(*) FROM sla_ticket_event WHERE event_type = 'DEPARTMENT_NOTIFIED'"
            + " AND ticket_id = "
            + ticket);
  }

  private static String text(String column, long ticket) {
    try (Connection c = connect();
        PreparedStatement s =
            c.prepareStatement("SELECT " + column + " FROM sla_delivery WHERE ticket_id = ?")) {
      s.setLong(1, ticket);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static long count(String sql) {
    try (Connection c = connect();
        ResultSet r = c.createStatement().executeQuery(sql)) {
      return r.next() ? r.getLong(1) : 0;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Connection connect() throws Exception {
    return DriverManager.getConnection("jdbc:mysql://" + HOST + ":3306/" + DB, USER, PASSWORD);
  }

  private static void freshDatabase() throws Exception {
    try (Connection c =
            DriverManager.getConnection("jdbc:mysql://" + HOST + ":3306/", USER, PASSWORD);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + DB);
      s.execute("CREATE DATABASE " + DB + " CHARACTER SET utf8mb4");
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
