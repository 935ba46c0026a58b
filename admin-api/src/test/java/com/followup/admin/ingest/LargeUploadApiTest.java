package com.followup.admin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.demo.DemoDatabase;
import com.followup.admin.support.Api;
import com.followup.admin.support.Zones;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A 20 MB upload over HTTP, on a schema of its own: its 200,000 follow-ups are due at once (the
 * dispatcher holds each back to the customer's morning), a backlog that would delay the suite's
 * other tests' dispatch by half a minute on the shared schema.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeUploadApiTest implements TestPropertyProvider {

  private final DemoDatabase database = new DemoDatabase("_large_upload");

  @Inject
  @Client("/")
  HttpClient client;

  @Override
  public Map<String, String> getProperties() {
    try {
      database.dropAndCreate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return Map.of("datasources.default.url", database.url());
  }

  @Test
  void a_20_mb_file_streams_through_http() {
    Api api = new Api(client.toBlocking());
    String dealer = api.newDealer("CN", "Asia/Shanghai");
    String dealerToken = api.userWithRole("DEALER", dealer);
    // yesterday's sales of customers in a zone where it is night now
    String yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1) + " 10:30:00";
    String night = Zones.whereItIsNow(2);
    StringBuilder file = new StringBuilder(RecordUploadApiTest.HEADER.strip() + ",timezone\n");
    int rows = 0;
    while (file.length() < 20 * 1024 * 1024) {
      file.append("PURCHASE,BIG-")
          .append(rows)
          .append(',')
          .append(yesterday)
          .append(",\"Customer, number ")
          .append(rows)
          .append("\",")
          .append(13_000_000_000L + rows)
          .append(",Model ")
          .append(rows % 7)
          .append(',')
          .append(night)
          .append('\n');
      rows++;
    }

    HttpResponse<String> uploaded =
        api.send(
            HttpRequest.POST(
                    "/api/dealers/" + dealer + "/records",
                    file.toString().getBytes(StandardCharsets.UTF_8))
                .contentType("text/csv"),
            dealerToken);

    assertThat(uploaded.code()).isEqualTo(200);
    assertThat(Api.body(uploaded))
        .contains("\"received\":" + rows, "\"accepted\":" + rows, "\"rejected\":0");
  }
}
