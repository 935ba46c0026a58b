package com.followup.admin.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged app on MariaDB, killed (SIGKILL) in the middle of an upload: nothing of the upload
 * stays, and sending the same file again after a restart stores every record once.
 */
class UploadCrashIT {

  static final String DB =
      System.getProperty("followup.test.db.prefix", "followup_test") + "_crash";
  static final String HOST = System.getProperty("followup.test.db.host", "127.0.0.1");
  static final String USER = System.getProperty("followup.test.db.user", "followup_test");
  static final String PASSWORD = System.getProperty("followup.test.db.password", "followup_test");
  static final int ROWS = 200_000;

  @TempDir Path workDir;

  @Test
  void a_crash_mid_upload_leaves_nothing_and_a_resend_stores_every_record_once() throws Exception {
    freshDatabase();
    Map<String, String> env =
        Map.of(
            "DATASOURCES_DEFAULT_URL",
            "jdbc:mysql://" + HOST + ":3306/" + DB,
            "DATASOURCES_DEFAULT_USERNAME",
            USER,
            "DATASOURCES_DEFAULT_PASSWORD",
            PASSWORD,
            "FOLLOWUP_ADMIN_PASSWORD",
            "crash-test-password");
    try (RunningJar app = RunningJar.start(workDir, env)) {
      app.awaitUp(Duration.ofSeconds(60));
      String token = app.login("admin", "crash-test-password");
      app.post(
          "/api/dealers",
          "{\"code\":\"CRASH\",\"name\":\"Crash Motors\",\"country\":\"CN\",\"timezone\":\"Asia/Shanghai\"}",
          token);
      CountDownLatch halfSent = new CountDownLatch(1);
      CompletableFuture<HttpResponse<String>> upload = send(app, token, file(halfSent));
      assertThat(halfSent.await(60, TimeUnit.SECONDS)).isTrue();
      Thread.sleep(500); // let the server write some batches
      app.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      upload.handle((response, failure) -> null).get(30, TimeUnit.SECONDS);
    }
    assertThat(count("SELECT COUNT(*) FROM dealer_record WHERE dealer_code = 'CRASH'")).isZero();
    assertThat(count("SELECT COUNT(*) FROM customer WHERE dealer_code = 'CRASH'")).isZero();
    assertThat(count("SELECT COUNT(*) FROM record_upload WHERE dealer_code = 'CRASH'")).isZero();

    try (RunningJar again = RunningJar.start(workDir, env)) {
      again.awaitUp(Duration.ofSeconds(60));
      String token = again.login("admin", "crash-test-password");
      HttpResponse<String> resent =
          send(again, token, file(new CountDownLatch(1))).get(5, TimeUnit.MINUTES);
      assertThat(resent.body()).contains("\"accepted\":" + ROWS, "\"duplicates\":0");
    }
    assertThat(count("SELECT COUNT(*) FROM dealer_record WHERE dealer_code = 'CRASH'"))
        .isEqualTo(ROWS);
    assertThat(
            count(
                "SELECT COUNT(DISTINCT record_id) FROM dealer_record WHERE dealer_code = 'CRASH'"))
        .isEqualTo(ROWS);
  }

  /** The file, generated as it is read; counts down when half of it has been handed over. */
  private static InputStream file(CountDownLatch halfSent) {
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
        int count = Math.min(length, buffer.length - position);
        System.arraycopy(buffer, position, into, offset, count);
        position += count;
        return count;
      }

      private boolean refill() {
        if (block >= ROWS / 1000) {
          return false;
        }
        if (block == ROWS / 2000) {
          halfSent.countDown();
        }
        buffer =
            block < 0
                ? bytes("record_type,record_id,event_time,customer_name,phone\n")
                : rows(block);
        block++;
        position = 0;
        return true;
      }
    };
  }

  private static byte[] rows(int block) {
    StringBuilder rows = new StringBuilder();
    for (int i = block * 1000; i < (block + 1) * 1000; i++) {
      rows.append("PURCHASE,C-").append(i).append(",2026-11-19,Customer ").append(i);
      rows.append(',').append(13_000_000_000L + i).append('\n');
    }
    return bytes(rows.toString());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static CompletableFuture<HttpResponse<String>> send(
      RunningJar app, String token, InputStream body) {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + app.port + "/api/dealers/CRASH/records"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "text/csv")
            .timeout(Duration.ofMinutes(5))
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
            .build();
    return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }

  private static void freshDatabase() throws Exception {
    try (Connection c =
            DriverManager.getConnection("jdbc:mysql://" + HOST + ":3306/", USER, PASSWORD);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + DB);
      s.execute("CREATE DATABASE " + DB + " CHARACTER SET utf8mb4");
    }
  }

  private static long count(String sql) throws Exception {
    try (Connection c =
            DriverManager.getConnection("jdbc:mysql://" + HOST + ":3306/" + DB, USER, PASSWORD);
        ResultSet r = c.createStatement().executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
