package com.followup.bench.faults;

import com.followup.bench.AppProcess;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the faults share: the instances they start, uploads, and counts on the private server. */
final class FaultKit {

  static final String DEALER = "FLT";
  static final String MANAGER_PASSWORD = "fault-manager-password";

  /** Two instances must start on a busy machine: C1 compiles sooner, a small heap each. */
  static final List<String> JVM = List.of("-Xmx640m", "-XX:TieredStopAtLevel=1");

  /** Every app any fault started, so a timed-out fault leaves no process behind. */
  static final List<AppProcess> STARTED = new CopyOnWriteArrayList<>();

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  final PrivateMariaDb db;
  final String schema;
  final String url;

  FaultKit(PrivateMariaDb db, String schema) throws SQLException {
    this.db = db;
    this.schema = schema;
    this.url = db.fresh(schema);
  }

  /**
   * The settings every instance in the suite shares: a one-second cluster check-in and short
   * leases, so a dead instance's work is taken over within seconds.
   */
  static Map<String, String> clusterEnv() {
    Map<String, String> env = new HashMap<>();
    env.put("FOLLOWUP_SCHEDULER_CHECKIN_INTERVAL", "1s");
    env.put("FOLLOWUP_SCHEDULER_LEASE", "10s");
    env.put("FOLLOWUP_SECURITY_JWT_SECRET", "fault-suite-jwt-secret-0123456789abcdef");
    env.put("FOLLOWUP_DEPARTMENTS_DELIVERY_FIRST_RETRY", "200ms");
    env.put("FOLLOWUP_DEPARTMENTS_DELIVERY_MAX_BACKOFF", "1s");
    env.put("FOLLOWUP_DEPARTMENTS_DELIVERY_TIMEOUT", "5s");
    env.put("FOLLOWUP_DEPARTMENTS_DELIVERY_LEASE", "8s");
    env.put("DATASOURCES_DEFAULT_CONNECTION_TIMEOUT", "3000");
    return env;
  }

  /** Starts one instance (one after the other: the first migrates the schema). */
  AppProcess start(Map<String, String> extra) throws Exception {
    return start(freePort(), extra);
  }

  /** The same on a given port (for settings that name the app's own URL). */
  AppProcess start(int port, Map<String, String> extra) throws Exception {
    Map<String, String> env = clusterEnv();
    env.putAll(extra);
    AppProcess app = AppProcess.start(port, url, JVM, env);
    STARTED.add(app);
    System.out.printf("  instance on :%d, log %s%n", app.port(), app.log());
    return app;
  }

  void dealer(AppProcess app, String token) throws Exception {
    dealer(app, token, DEALER);
  }

  void dealer(AppProcess app, String token, String code) throws Exception {
    HttpResponse<String> created =
        app.post(
            "/api/dealers",
            token,
            "application/json",
            HttpRequest.BodyPublishers.ofString(
                "{\"code\":\""
                    + code
                    + "\",\"name\":\"Fault Motors\",\"country\":\"CN\","
                    + "\"timezone\":\"Asia/Shanghai\"}"));
    if (created.statusCode() / 100 != 2) {
      throw new IllegalStateException("dealer not created: " + created.body());
    }
  }

  static String manager(AppProcess app, String admin) throws Exception {
    app.post(
        "/api/users",
        admin,
        "application/json",
        HttpRequest.BodyPublishers.ofString(
            "{\"username\":\"fault-manager\",\"password\":\""
                + MANAGER_PASSWORD
                + "\",\"roles\":[\"MANAGER\"]}"));
    return login(app, "fault-manager", MANAGER_PASSWORD);
  }

  static String login(AppProcess app, String user, String password) throws Exception {
    HttpResponse<String> login =
        HTTP.send(
            HttpRequest.newBuilder(app.uri("/login"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(login.body());
    if (!token.find()) {
      throw new IllegalStateException("login failed: " + login.body());
    }
    return token.group(1);
  }

  /** Yesterday in the dealer's zone: every record's first follow-up is planned at once. */
  static String yesterday() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
  }

  /** Rows {@code from} (inclusive) to {@code to} (exclusive) of records named {@code prefix}. */
  static byte[] rows(String prefix, int from, int to) {
    StringBuilder rows = new StringBuilder();
    String day = yesterday();
    for (int i = from; i < to; i++) {
      rows.append("PURCHASE,").append(prefix).append(i).append(',').append(day);
      rows.append(",Customer ").append(i).append(',').append(13_000_000_000L + i).append('\n');
    }
    return rows.toString().getBytes(StandardCharsets.UTF_8);
  }

  static final String HEADER = "record_type,record_id,event_time,customer_name,phone\n";

  /** A file of {@code count} records, generated as it is read; counts down at half. */
  static InputStream file(String prefix, int count, CountDownLatch halfSent) {
    return new InputStream() {
      private int block = -1;
      private byte[] buffer = new byte[0];
      private int position;

      @Override
      public int read() {
        return position < buffer.length || refill() ? buffer[position++] & 0xff : -1;
      }

      @Override
      public int read(byte[] into, int offset, int length) {
        if (position >= buffer.length && !refill()) {
          return -1;
        }
        int n = Math.min(length, buffer.length - position);
        System.arraycopy(buffer, position, into, offset, n);
        position += n;
        return n;
      }

      private boolean refill() {
        int blocks = count / 1000;
        if (block >= blocks) {
          return false;
        }
        if (block == blocks / 2) {
          halfSent.countDown();
        }
        buffer =
            block < 0
                ? HEADER.getBytes(StandardCharsets.UTF_8)
                : rows(prefix, block * 1000, (block + 1) * 1000);
        block++;
        position = 0;
        return true;
      }
    };
  }

  static CompletableFuture<HttpResponse<String>> upload(
      AppProcess app, String token, InputStream body, Duration timeout) {
    HttpRequest request =
        HttpRequest.newBuilder(app.uri("/api/dealers/" + DEALER + "/records"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "text/csv")
            .timeout(timeout)
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
            .build();
    return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }

  /** A small upload sent whole. */
  static HttpResponse<String> upload(
      AppProcess app, String token, String prefix, int from, int to, Duration timeout)
      throws Exception {
    return upload(app, token, DEALER, prefix, from, to, timeout);
  }

  static HttpResponse<String> upload(
      AppProcess app,
      String token,
      String dealer,
      String prefix,
      int from,
      int to,
      Duration timeout)
      throws Exception {
    byte[] head = HEADER.getBytes(StandardCharsets.UTF_8);
    byte[] body = rows(prefix, from, to);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return HTTP.send(
        HttpRequest.newBuilder(app.uri("/api/dealers/" + dealer + "/records"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "text/csv")
            .timeout(timeout)
            .POST(HttpRequest.BodyPublishers.ofByteArray(all))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static long accepted(String body) {
    Matcher m = Pattern.compile("\"accepted\"\\s*:\\s*(\\d+)").matcher(body);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  long count(String sql) throws SQLException {
    try (Connection c = db.connect(schema);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getLong(1) : 0;
    }
  }

  /** {@link #count} for a condition polled by {@link #await}: a failure ends the fault. */
  long countNow(String sql) {
    try {
      return count(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  void execute(String sql) throws SQLException {
    try (Connection c = db.connect(schema);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  List<String> strings(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = db.connect(schema);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  /**
   * The instance whose scheduler is running the given due-work loop now (Quartz's fired trigger
   * names the instance), waiting up to {@code timeout} for it to be fired.
   */
  AppProcess owner(String loop, List<AppProcess> apps, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      List<String> names =
          strings(
              "SELECT INSTANCE_NAME FROM QRTZ_FIRED_TRIGGERS WHERE JOB_NAME = '"
                  + loop
                  + "' AND STATE = 'EXECUTING'");
      for (AppProcess app : apps) {
        if (app.alive() && names.contains(app.schedulerInstanceId())) {
          return app;
        }
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("no instance runs " + loop + " within " + timeout);
  }

  static void await(BooleanSupplier done, Duration timeout, String what) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("not in " + timeout.toSeconds() + " s: " + what);
      }
      Thread.sleep(50);
    }
  }

  static int freePort() throws java.io.IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static long millisSince(long nanos) {
    return Duration.ofNanos(System.nanoTime() - nanos).toMillis();
  }
}
