package com.followup.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class AuthenticationTest {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject TokenGenerator tokens;
  @Inject DataSource dataSource;

  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(client.toBlocking());
  }

  @Test
  void admin_logs_in_with_the_configured_password_and_gets_a_signed_token() {
    String token = api.adminToken();

    String header =
        new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
    assertThat(header).contains("HS256");
    assertThat(api.send(HttpRequest.GET("/api/users"), token).code())
        .isEqualTo(HttpStatus.OK.getCode());
  }

  @Test
  void a_wrong_password_and_an_unknown_user_get_the_same_401() {
    HttpResponse<String> wrongPassword =
        api.send(
            HttpRequest.POST("/login", Map.of("username", "admin", "password", "nope-nope")), null);
    HttpResponse<String> unknownUser =
        api.send(
            HttpRequest.POST("/login", Map.of("username", "nobody", "password", "nope-nope")),
            null);

    assertThat(wrongPassword.code()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
    assertThat(unknownUser.code()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
    assertThat(Api.body(unknownUser)).isEqualTo(Api.body(wrongPassword));
    assertThat(Api.body(wrongPassword))
        .doesNotContainIgnoringCase("password")
        .doesNotContain("nobody");
  }

  @Test
  void a_request_without_a_token_gets_401() {
    assertThat(api.send(HttpRequest.GET("/api/dealers"), null).code())
        .isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
  }

  @Test
  void an_expired_token_gets_401() {
    long past = Instant.now().minusSeconds(60).getEpochSecond();
    String expired =
        tokens
            .generateToken(
                Map.of("sub", "admin", "roles", List.of("ADMIN"), "exp", past, "iat", past - 60))
            .orElseThrow();

    assertThat(api.send(HttpRequest.GET("/api/dealers"), expired).code())
        .isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
  }

  @Test
  void a_tampered_or_unsigned_token_gets_401() {
    String[] parts = api.adminToken().split("\\.");
    String unsigned =
        Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[1]
            + ".";
    String resigned = parts[0] + "." + parts[1] + "." + "AAAA" + parts[2].substring(4);

    assertThat(api.send(HttpRequest.GET("/api/dealers"), unsigned).code())
        .isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
    assertThat(api.send(HttpRequest.GET("/api/dealers"), resigned).code())
        .isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
  }

  @Test
  void malformed_json_gets_400_with_a_message() {
    HttpResponse<String> login =
        api.send(
            HttpRequest.POST("/login", "{\"username\": \"admin\",")
                .contentType(MediaType.APPLICATION_JSON),
            null);
    HttpResponse<String> dealer =
        api.send(
            HttpRequest.POST("/api/dealers", "{\"code\": ").contentType(MediaType.APPLICATION_JSON),
            api.adminToken());

    assertThat(login.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
    assertThat(dealer.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
    assertThat(Api.body(dealer)).contains("Invalid JSON");
  }

  @Test
  void passwords_are_stored_only_as_bcrypt_hashes() throws Exception {
    api.userWithRole("AGENT", null);
    try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        ResultSet rows = c.createStatement().executeQuery("SELECT password_hash FROM app_user")) {
      int count = 0;
      while (rows.next()) {
        assertThat(rows.getString(1)).startsWith("$2a$").hasSize(60);
        count++;
      }
      assertThat(count).isGreaterThanOrEqualTo(2);
    }
  }
}
