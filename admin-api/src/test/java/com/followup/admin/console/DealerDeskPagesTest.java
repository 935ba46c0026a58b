package com.followup.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dealer's desk over plain HTTP: who may open which dealer, statuses, limits, fragments. */
@MicronautTest
@Property(name = "followup.ingest.max-upload-size", value = "64KB")
class DealerDeskPagesTest {

  static final String HEADER = "record_type,record_id,event_time,customer_name,phone,product\n";

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient client;

  Api api;
  String dealer;
  String dealerToken;
  java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

  @BeforeEach
  void setUp() {
    api = new Api(client.toBlocking());
    dealer = api.newDealer("CN", "Asia/Shanghai");
    dealerToken = api.userWithRole("DEALER", dealer);
  }

  private HttpResponse<String> get(String path, String token, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.getURL() + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept-Language", "en");
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> upload(String csv) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(server.getURL() + "/api/dealers/" + dealer + "/records"))
            .header("Authorization", "Bearer " + dealerToken)
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void a_dealer_user_is_sent_to_its_own_desk_and_refused_every_page_of_another_dealer()
      throws Exception {
    String other = api.newDealer("CN", "Asia/Shanghai");

    HttpResponse<String> home = get("/dealer", dealerToken);

    assertThat(home.statusCode()).isEqualTo(303);
    assertThat(home.headers().firstValue("Location")).hasValue("/dealer/" + dealer);
    assertThat(get("/dealer/" + dealer, dealerToken).statusCode()).isEqualTo(200);
    for (String page :
        new String[] {"", "/uploads", "/uploads/1", "/records?id=A-1", "/progress"}) {
      HttpResponse<String> refused = get("/dealer/" + other + page, dealerToken);
      assertThat(refused.statusCode()).as(page).isEqualTo(403);
      assertThat(refused.body()).as(page).contains("You may not open this page");
    }
  }

  @Test
  void managers_pick_any_dealer_and_an_unknown_dealer_is_a_404_page() throws Exception {
    String manager = api.userWithRole("MANAGER", null);

    HttpResponse<String> choose = get("/dealer", manager);

    assertThat(choose.statusCode()).isEqualTo(200);
    assertThat(choose.body()).contains("href=\"/dealer/" + dealer + "\"");
    assertThat(get("/dealer/" + dealer + "/progress", manager).statusCode()).isEqualTo(200);
    assertThat(get("/dealer/NO-SUCH-DEALER", manager).statusCode()).isEqualTo(404);
    assertThat(get("/dealer", api.userWithRole("AGENT", null)).statusCode()).isEqualTo(403);
  }

  @Test
  void an_unknown_upload_or_record_is_a_404_page_that_shows_the_id_as_text() throws Exception {
    HttpResponse<String> upload = get("/dealer/" + dealer + "/uploads/999999999", dealerToken);
    HttpResponse<String> record =
        get("/dealer/" + dealer + "/records?id=%3Cscript%3Ex%3C%2Fscript%3E", dealerToken);

    assertThat(upload.statusCode()).isEqualTo(404);
    assertThat(record.statusCode()).isEqualTo(404);
    assertThat(record.body())
        .contains("&lt;script&gt;x&lt;/script&gt;")
        .doesNotContain("<script>x");
  }

  @Test
  void an_upload_over_the_size_limit_is_refused_with_413_and_the_desk_carries_the_limit()
      throws Exception {
    HttpResponse<String> refused = upload(HEADER + "x".repeat(70 * 1024));

    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(refused.body()).contains("the largest accepted is 65536 bytes");
    assertThat(
            Api.body(
                api.send(
                    io.micronaut.http.HttpRequest.GET("/api/dealers/" + dealer + "/uploads"),
                    dealerToken)))
        .isEqualTo("[]");
    HttpResponse<String> desk = get("/dealer/" + dealer, dealerToken);
    assertThat(desk.body()).contains("data-max-bytes=\"65536\"", "up to 64 KB");
    assertThat(desk.headers().firstValue("Content-Type").orElse(""))
        .startsWith(MediaType.TEXT_HTML);
  }

  @Test
  void rejected_rows_come_fifty_a_page_and_an_htmx_request_gets_only_the_rows() throws Exception {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 60; i++) {
      csv.append("PURCHASE,B-").append(i).append(",2026-11-19,Bea,bad").append(i).append(",\n");
    }
    HttpResponse<String> uploaded = upload(csv.toString());
    assertThat(uploaded.statusCode()).isEqualTo(200);
    Matcher id = Pattern.compile("\"uploadId\":\"(\\d+)\"").matcher(uploaded.body());
    assertThat(id.find()).isTrue();
    String page = "/dealer/" + dealer + "/uploads/" + id.group(1);

    HttpResponse<String> first = get(page, dealerToken);
    HttpResponse<String> second = get(page + "?offset=50", dealerToken, "HX-Request", "true");
    HttpResponse<String> result = get(page + "/result", dealerToken);

    assertThat(first.body()).contains("<html", "1–50 of 60", "not a phone number: &#39;bad49&#39;");
    assertThat(first.body()).doesNotContain("&#39;bad50&#39;");
    assertThat(second.body()).doesNotContain("<html").contains("51–60 of 60", "&#39;bad59&#39;");
    assertThat(second.body()).startsWith("<div id=\"upload-errors\"");
    assertThat(result.body()).doesNotContain("<html").contains("id=\"count-rejected\">60<");
    assertThat(result.body()).contains("/api/dealers/" + dealer + "/uploads/" + id.group(1));
  }
}
