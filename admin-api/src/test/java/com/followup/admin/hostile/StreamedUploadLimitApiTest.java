package com.followup.admin.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An upload sent without a length is cut off at the configured limit: 413, nothing stored. */
@MicronautTest(transactional = false)
@Property(name = "followup.ingest.max-upload-size", value = "64KB")
class StreamedUploadLimitApiTest {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject EmbeddedServer server;

  @Test
  void a_chunked_upload_past_the_limit_is_refused_with_413_and_none_of_its_rows_are_kept()
      throws Exception {
    Api api = new Api(client.toBlocking());
    String dealer = api.newDealer("CN", "Asia/Shanghai");
    String admin = api.adminToken();
    long sent = 5L * 1024 * 1024; // eighty times the limit, generated as it is sent

    HttpResponse<String> response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(server.getURL() + "/api/dealers/" + dealer + "/records"))
                    .header("Authorization", "Bearer " + admin)
                    .header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new GoodRows(sent)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    assertThat(response.body()).contains("max-upload-size");
    String uploads =
        Api.body(
            api.send(
                io.micronaut.http.HttpRequest.GET("/api/dealers/" + dealer + "/uploads"), admin));
    assertThat(uploads).isEqualTo("[]");
    assertThat(
            api.send(
                    io.micronaut.http.HttpRequest.GET("/api/dealers/" + dealer + "/records/R1"),
                    admin)
                .code())
        .isEqualTo(404);
  }

  @Test
  void a_chunked_upload_under_the_limit_is_stored() throws Exception {
    Api api = new Api(client.toBlocking());
    String dealer = api.newDealer("CN", "Asia/Shanghai");

    HttpResponse<String> response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(server.getURL() + "/api/dealers/" + dealer + "/records"))
                    .header("Authorization", "Bearer " + api.adminToken())
                    .header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new GoodRows(8_000)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).contains("\"rejected\":0");
  }

  /** Valid purchase rows, made up as they are read, until about {@code size} bytes. */
  private static final class GoodRows extends InputStream {
    private final long size;
    private long produced;
    private int row;
    private byte[] pending = "record_type,record_id,event_time,customer_name,phone\n".getBytes();
    private int at;

    GoodRows(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      if (at == pending.length) {
        if (produced >= size) {
          return -1;
        }
        row++;
        pending =
            ("PURCHASE,R"
                    + row
                    + ",2026-11-19 10:30,Customer "
                    + row
                    + ",1380013"
                    + String.format("%04d", row % 10_000)
                    + "\n")
                .getBytes(StandardCharsets.UTF_8);
        at = 0;
      }
      produced++;
      return pending[at++] & 0xff;
    }
  }
}
