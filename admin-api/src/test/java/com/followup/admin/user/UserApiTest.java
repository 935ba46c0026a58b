package com.followup.admin.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class UserApiTest {

  @Inject
  @Client("/")
  HttpClient client;

  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(client.toBlocking());
  }

  private static String name() {
    return "u-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void an_admin_creates_a_user_who_can_then_log_in_with_its_roles() {
    String name = name();

    HttpResponse<String> created =
        api.send(
            HttpRequest.POST(
                "/api/users",
                Map.of(
                    "username", name, "password", "s3cret-pass", "roles", List.of("qa", "AGENT"))),
            api.adminToken());
    String token = api.login(name, "s3cret-pass");

    assertThat(created.code()).isEqualTo(HttpStatus.CREATED.getCode());
    assertThat(Api.body(created)).contains("\"roles\":[\"QA\",\"AGENT\"]").doesNotContain("s3cret");
    assertThat(Api.body(api.send(HttpRequest.GET("/api/users/me"), token))).contains(name);
  }

  @Test
  void a_taken_username_gets_409() {
    String name = name();
    Map<String, Object> body =
        Map.of("username", name, "password", "s3cret-pass", "roles", List.of("AGENT"));
    api.send(HttpRequest.POST("/api/users", body), api.adminToken());

    assertThat(api.send(HttpRequest.POST("/api/users", body), api.adminToken()).code())
        .isEqualTo(HttpStatus.CONFLICT.getCode());
  }

  @Test
  void invalid_users_get_400_with_the_reason() {
    String admin = api.adminToken();
    String dealer = api.newDealer("CN", "Asia/Shanghai");

    assertThat(
            reason(
                admin,
                Map.of("username", name(), "password", "s3cret-pass", "roles", List.of("DEALER"))))
        .contains("dealerCode");
    assertThat(
            reason(
                admin,
                Map.of(
                    "username",
                    name(),
                    "password",
                    "s3cret-pass",
                    "roles",
                    List.of("DEALER"),
                    "dealerCode",
                    "NOPE")))
        .contains("unknown dealer");
    assertThat(
            reason(
                admin,
                Map.of(
                    "username",
                    name(),
                    "password",
                    "s3cret-pass",
                    "roles",
                    List.of("DEALER", "QA"),
                    "dealerCode",
                    dealer)))
        .contains("cannot hold other roles");
    assertThat(
            reason(
                admin,
                Map.of(
                    "username",
                    name(),
                    "password",
                    "s3cret-pass",
                    "roles",
                    List.of("AGENT"),
                    "dealerCode",
                    dealer)))
        .contains("only DEALER users");
    assertThat(
            reason(
                admin, Map.of("username", name(), "password", "short", "roles", List.of("AGENT"))))
        .contains("at least 8");
    assertThat(
            reason(
                admin,
                Map.of("username", name(), "password", "s3cret-pass", "roles", List.of("KING"))))
        .contains("unknown role 'KING'");
    assertThat(
            reason(
                admin, Map.of("username", name(), "password", "s3cret-pass", "roles", List.of())))
        .contains("at least one role");
  }

  private String reason(String token, Map<String, Object> body) {
    HttpResponse<String> response = api.send(HttpRequest.POST("/api/users", body), token);
    assertThat(response.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
    return Api.body(response);
  }
}
