package com.followup.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class OperationsEndpointsTest {

  @Inject
  @Client("/")
  HttpClient client;

  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(client.toBlocking());
  }

  @Test
  void health_answers_up_when_database_and_scheduler_are_up() {
    HttpResponse<String> health = api.send(HttpRequest.GET("/health"), null);
    HttpResponse<String> detailed = api.send(HttpRequest.GET("/health"), api.adminToken());

    assertThat(health.code()).isEqualTo(HttpStatus.OK.getCode());
    assertThat(Api.body(health)).isEqualTo("{\"status\":\"UP\"}");
    assertThat(Api.body(detailed)).contains("\"jdbc\"", "\"scheduler\"", "\"clustered\":true");
  }

  @Test
  void prometheus_serves_live_metrics() {
    api.send(HttpRequest.GET("/health"), null);

    HttpResponse<String> metrics = api.send(HttpRequest.GET("/prometheus"), null);

    assertThat(metrics.code()).isEqualTo(HttpStatus.OK.getCode());
    assertThat(Api.body(metrics)).contains("jvm_memory_used_bytes", "hikaricp_connections");
  }

  @Test
  void the_openapi_document_and_swagger_ui_are_served_by_the_app_without_a_cdn() {
    HttpResponse<String> spec =
        api.send(HttpRequest.GET("/swagger/follow-up-campaign-engine-0.1.yml"), null);
    HttpResponse<String> ui = api.send(HttpRequest.GET("/swagger-ui/index.html"), null);

    assertThat(spec.code()).isEqualTo(HttpStatus.OK.getCode());
    assertThat(Api.body(spec)).contains("/api/dealers", "/api/users", "/login");
    assertThat(ui.code()).isEqualTo(HttpStatus.OK.getCode());
    String page = Api.body(ui);
    assertThat(page).doesNotContain("http://", "https://", "cdn");
    Matcher assets = Pattern.compile("\"(/swagger-ui/res/[^\"]+)\"").matcher(page);
    int served = 0;
    while (assets.find()) {
      assertThat(api.send(HttpRequest.GET(assets.group(1)), null).code())
          .as(assets.group(1))
          .isEqualTo(HttpStatus.OK.getCode());
      served++;
    }
    assertThat(served).isGreaterThanOrEqualTo(3);
  }
}
