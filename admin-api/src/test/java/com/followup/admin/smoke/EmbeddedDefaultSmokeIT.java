package com.followup.admin.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, started with no configuration at all, as the contract promises. */
class EmbeddedDefaultSmokeIT {

  @TempDir Path workDir;

  @Test
  void the_jar_starts_on_the_embedded_database_within_seconds_and_keeps_data_across_restarts()
      throws Exception {
    Map<String, String> env = Map.of("FOLLOWUP_ADMIN_PASSWORD", "smoke-test-password");
    try (RunningJar app = RunningJar.start(workDir, env)) {
      Duration startup = app.awaitUp(Duration.ofSeconds(30));
      System.out.println("embedded default UP after " + startup.toMillis() + " ms");
      assertThat(startup).isLessThan(Duration.ofSeconds(10));
      assertThat(app.get("/health", null).body()).isEqualTo("{\"status\":\"UP\"}");
      String token = app.login("admin", "smoke-test-password");
      String dealer =
          "{\"code\":\"SMOKE1\",\"name\":\"Smoke Motors\",\"country\":\"CN\",\"timezone\":\"Asia/Shanghai\"}";
      assertThat(app.post("/api/dealers", dealer, token).statusCode()).isEqualTo(201);
    }
    assertThat(workDir.resolve("data")).isDirectory();

    try (RunningJar again = RunningJar.start(workDir, Map.of())) {
      again.awaitUp(Duration.ofSeconds(30));
      String token = again.login("admin", "smoke-test-password");
      assertThat(again.get("/api/dealers/SMOKE1", token).body()).contains("Smoke Motors");
    }
  }

  @Test
  void without_an_admin_password_one_is_generated_and_printed_once() throws Exception {
    String password;
    try (RunningJar app = RunningJar.start(workDir, Map.of())) {
      app.awaitUp(Duration.ofSeconds(30));
      Matcher printed = Pattern.compile("generated password: (\\S+)").matcher(app.log());
      assertThat(printed.find()).as(app.log()).isTrue();
      password = printed.group(1);
      assertThat(app.login("admin", password)).isNotBlank();
    }
    try (RunningJar again = RunningJar.start(workDir, Map.of())) {
      again.awaitUp(Duration.ofSeconds(30));
      assertThat(again.log()).doesNotContain(password).doesNotContain("generated password");
      assertThat(again.login("admin", password)).isNotBlank();
    }
  }

  @Test
  void an_unreachable_database_fails_fast_naming_the_url_but_never_the_password() throws Exception {
    Map<String, String> env =
        Map.of(
            "DATASOURCES_DEFAULT_URL", "jdbc:mysql://127.0.0.1:1/followup",
            "DATASOURCES_DEFAULT_USERNAME", "followup",
            "DATASOURCES_DEFAULT_PASSWORD", "Sup3r-Secret-Pw");
    try (RunningJar app = RunningJar.start(workDir, env)) {
      assertThat(app.process.waitFor(30, TimeUnit.SECONDS)).as("exits by itself").isTrue();
      assertThat(app.process.exitValue()).isNotZero();
      assertThat(app.log())
          .contains("jdbc:mysql://127.0.0.1:1/followup")
          .doesNotContain("Sup3r-Secret-Pw");
    }
  }
}
