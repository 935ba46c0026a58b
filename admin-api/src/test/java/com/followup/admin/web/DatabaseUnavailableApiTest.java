package com.followup.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Without a database connection the API says so with 503 and Retry-After, never 500. */
class DatabaseUnavailableApiTest {

  @Test
  void an_upload_while_the_database_cannot_be_reached_answers_503_with_retry_after()
      throws Exception {
    try (EmbeddedServer server =
            ApplicationContext.run(
                EmbeddedServer.class,
                Map.of(
                    // this app's pool is closed under it: its loops must not hold the suite's
                    "followup.scheduler.name", "database-unavailable-test"),
                Environment.TEST);
        HttpClient client = HttpClient.create(server.getURL())) {
      Api api = new Api(client.toBlocking());
      String dealer = api.newDealer("CN", "Asia/Shanghai");
      String token = api.adminToken();
      ((HikariDataSource)
              DelegatingDataSource.unwrapDataSource(
                  server.getApplicationContext().getBean(DataSource.class)))
          .close();

      HttpResponse<String> upload =
          api.send(
              HttpRequest.POST(
                      "/api/dealers/" + dealer + "/records",
                      ("record_type,record_id,event_time,customer_name,phone\n"
                              + "PURCHASE,U-1,2026-11-19,Ann,13812345678\n")
                          .getBytes(StandardCharsets.UTF_8))
                  .contentType("text/csv"),
              token);

      assertThat(upload.code()).isEqualTo(503);
      assertThat(upload.header("Retry-After")).isEqualTo("5");
      assertThat(Api.body(upload)).contains("nothing of this request was stored");
      assertThat(api.send(HttpRequest.GET("/api/dealers/" + dealer), token).code()).isEqualTo(503);
    }
  }
}
