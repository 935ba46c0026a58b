package com.followup.admin.security;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class DealerScopeTest {

  @Inject
  @Client("/")
  HttpClient client;

  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(client.toBlocking());
  }

  @Test
  void a_dealer_user_sees_its_own_dealer_and_gets_403_on_another() {
    String own = api.newDealer("CN", "Asia/Shanghai");
    String other = api.newDealer("CN", "Asia/Shanghai");
    String token = api.userWithRole("DEALER", own);

    assertThat(api.send(HttpRequest.GET("/api/dealers/" + own), token).code())
        .isEqualTo(HttpStatus.OK.getCode());
    assertThat(api.send(HttpRequest.GET("/api/dealers/" + other), token).code())
        .isEqualTo(HttpStatus.FORBIDDEN.getCode());
    assertThat(api.send(HttpRequest.GET("/api/dealers/" + own.toLowerCase() + "x"), token).code())
        .isEqualTo(HttpStatus.FORBIDDEN.getCode());
  }

  @Test
  void a_dealer_user_listing_dealers_sees_only_its_own() {
    String own = api.newDealer("US", "America/Phoenix");
    api.newDealer("US", "America/Phoenix");
    String token = api.userWithRole("DEALER", own);

    HttpResponse<String> list = api.send(HttpRequest.GET("/api/dealers"), token);

    assertThat(list.code()).isEqualTo(HttpStatus.OK.getCode());
    assertThat(Api.body(list)).contains(own).containsOnlyOnce("\"code\"");
  }

  @Test
  void staff_see_every_dealer() {
    String a = api.newDealer("CN", "Asia/Shanghai");
    String b = api.newDealer("CN", "Asia/Urumqi");
    String agent = api.userWithRole("AGENT", null);

    assertThat(Api.body(api.send(HttpRequest.GET("/api/dealers"), agent))).contains(a, b);
    assertThat(api.send(HttpRequest.GET("/api/dealers/" + a), agent).code())
        .isEqualTo(HttpStatus.OK.getCode());
  }

  @Test
  void a_wrong_role_gets_403() {
    String agent = api.userWithRole("AGENT", null);
    String dealerCode = api.newDealer("CN", "Asia/Shanghai");
    String dealer = api.userWithRole("DEALER", dealerCode);
    Map<String, Object> newUser =
        Map.of("username", "intruder", "password", "password-123", "roles", List.of("ADMIN"));

    assertThat(api.send(HttpRequest.POST("/api/users", newUser), agent).code())
        .isEqualTo(HttpStatus.FORBIDDEN.getCode());
    assertThat(api.send(HttpRequest.POST("/api/users", newUser), dealer).code())
        .isEqualTo(HttpStatus.FORBIDDEN.getCode());
    assertThat(
            api.send(
                    HttpRequest.POST(
                        "/api/dealers",
                        Map.of(
                            "code",
                            "X1",
                            "name",
                            "X",
                            "country",
                            "CN",
                            "timezone",
                            "Asia/Shanghai")),
                    dealer)
                .code())
        .isEqualTo(HttpStatus.FORBIDDEN.getCode());
  }
}
