package com.followup.admin.dealer;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class DealerApiTest {

  @Inject
  @Client("/")
  HttpClient client;

  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(client.toBlocking());
  }

  private static Map<String, Object> dealer(String code, String country, String timezone) {
    return Map.of(
        "code", code, "name", "Shanghai Motors 上海", "country", country, "timezone", timezone);
  }

  private static String code() {
    return "SH" + UUID.randomUUID().toString().substring(0, 6);
  }

  @Test
  void a_manager_registers_a_dealer_and_reads_it_back() {
    String manager = api.userWithRole("MANAGER", null);
    String code = code();

    HttpResponse<String> created =
        api.send(HttpRequest.POST("/api/dealers", dealer(code, "CN", "Asia/Shanghai")), manager);
    HttpResponse<String> read = api.send(HttpRequest.GET("/api/dealers/" + code), manager);

    assertThat(created.code()).isEqualTo(HttpStatus.CREATED.getCode());
    assertThat(created.header("Location")).isEqualTo("/api/dealers/" + code);
    assertThat(Api.body(read))
        .contains("\"country\":\"CN\"", "\"timezone\":\"Asia/Shanghai\"", "上海");
  }

  @Test
  void a_taken_code_gets_409() {
    String admin = api.adminToken();
    String code = code();
    api.send(HttpRequest.POST("/api/dealers", dealer(code, "CN", "Asia/Shanghai")), admin);

    HttpResponse<String> again =
        api.send(HttpRequest.POST("/api/dealers", dealer(code, "CN", "Asia/Shanghai")), admin);

    assertThat(again.code()).isEqualTo(HttpStatus.CONFLICT.getCode());
    assertThat(Api.body(again)).contains("already exists");
  }

  @Test
  void an_unknown_zone_country_or_bad_code_gets_400_saying_which() {
    String admin = api.adminToken();

    HttpResponse<String> zone =
        api.send(HttpRequest.POST("/api/dealers", dealer(code(), "CN", "Mars/Olympus")), admin);
    HttpResponse<String> country =
        api.send(HttpRequest.POST("/api/dealers", dealer(code(), "XX", "Asia/Shanghai")), admin);
    HttpResponse<String> badCode =
        api.send(
            HttpRequest.POST("/api/dealers", dealer("no spaces!", "CN", "Asia/Shanghai")), admin);
    HttpResponse<String> missing =
        api.send(HttpRequest.POST("/api/dealers", Map.of("code", code())), admin);

    assertThat(zone.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
    assertThat(Api.body(zone)).contains("timezone");
    assertThat(country.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
    assertThat(Api.body(country)).contains("country");
    assertThat(badCode.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
    assertThat(missing.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
  }

  @Test
  void an_unknown_dealer_is_404_for_staff() {
    assertThat(api.send(HttpRequest.GET("/api/dealers/NOPE404"), api.adminToken()).code())
        .isEqualTo(HttpStatus.NOT_FOUND.getCode());
  }
}
