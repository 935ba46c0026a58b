package com.followup.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import com.followup.admin.support.ConsoleClient;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Failed sign-ins at the token endpoint and the console form are held back with 429. */
@MicronautTest(transactional = false)
class SignInRateLimitApiTest {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject EmbeddedServer server;

  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(client.toBlocking());
  }

  private HttpResponse<String> login(String username, String password) {
    return api.send(
        HttpRequest.POST("/login", Map.of("username", username, "password", password)), null);
  }

  @Test
  void five_wrong_passwords_at_the_token_endpoint_answer_429_even_for_the_right_password() {
    String agent = api.newUser(null, "AGENT");
    for (int i = 0; i < 5; i++) {
      assertThat(login(agent, "wrong-" + i).code()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
    }

    HttpResponse<String> refused = login(agent, Api.USER_PASSWORD);

    assertThat(refused.code()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS.getCode());
    assertThat(refused.header("Retry-After")).isNotNull();
    assertThat(Api.body(refused)).contains("too many failed sign-ins");
  }

  @Test
  void another_user_from_the_same_address_still_signs_in_while_one_name_is_held_back() {
    String guessed = api.newUser(null, "QA");
    String colleague = api.newUser(null, "QA");
    for (int i = 0; i < 6; i++) {
      login(guessed, "wrong-" + i);
    }

    assertThat(login(guessed, Api.USER_PASSWORD).code())
        .isEqualTo(HttpStatus.TOO_MANY_REQUESTS.getCode());
    assertThat(login(colleague, Api.USER_PASSWORD).code()).isEqualTo(HttpStatus.OK.getCode());
    ConsoleClient console = new ConsoleClient(server.getURL().toString());
    assertThat(console.submitSignIn(colleague, Api.USER_PASSWORD).statusCode()).isEqualTo(303);
  }

  @Test
  void failures_at_the_token_endpoint_also_hold_the_name_back_at_the_console_form() {
    String manager = api.newUser(null, "MANAGER");
    for (int i = 0; i < 5; i++) {
      login(manager, "wrong-" + i);
    }

    ConsoleClient console = new ConsoleClient(server.getURL().toString());
    var page = console.submitSignIn(manager, Api.USER_PASSWORD);

    assertThat(page.statusCode()).isEqualTo(429);
    assertThat(page.headers().firstValue("Retry-After")).isPresent();
  }

  @Test
  void a_form_encoded_login_is_counted_too() {
    String dealerUser = api.newUser(null, "AGENT");
    for (int i = 0; i < 5; i++) {
      api.send(
          HttpRequest.POST("/login", "username=" + dealerUser + "&password=wrong")
              .contentType(MediaType.APPLICATION_FORM_URLENCODED),
          null);
    }

    assertThat(login(dealerUser, Api.USER_PASSWORD).code())
        .isEqualTo(HttpStatus.TOO_MANY_REQUESTS.getCode());
  }

  @Test
  void a_successful_sign_in_forgets_earlier_failures() {
    String agent = api.newUser(null, "AGENT");
    for (int i = 0; i < 4; i++) {
      login(agent, "wrong-" + i);
    }
    assertThat(login(agent, Api.USER_PASSWORD).code()).isEqualTo(HttpStatus.OK.getCode());
    for (int i = 0; i < 4; i++) {
      login(agent, "wrong-" + i);
    }

    assertThat(login(agent, Api.USER_PASSWORD).code()).isEqualTo(HttpStatus.OK.getCode());
  }
}
