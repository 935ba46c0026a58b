package com.followup.admin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class RejectedRowsApiTest {

  static final Charset GB18030 = Charset.forName("GB18030");
  static final String HEADER = "record_type,record_id,event_time,customer_name,phone,product\n";

  @Inject
  @Client("/")
  HttpClient client;

  Api api;
  String dealer;
  String dealerToken;

  @BeforeEach
  void setUp() {
    api = new Api(client.toBlocking());
    dealer = api.newDealer("CN", "Asia/Shanghai");
    dealerToken = api.userWithRole("DEALER", dealer);
  }

  @Test
  void a_utf8_file_with_a_bom_comes_back_with_its_bad_rows_and_is_accepted_once_fixed() {
    byte[] file =
        ("\uFEFF"
                + HEADER.strip()
                + ",门店\r\n"
                + "PURCHASE,U-1,2026-11-19,张三,13812345678,Model S,东区\r\n"
                + "PURCHASE,U-2,2026-11-19,\"Li, Si\",12ab,\"Model 3, AWD\",西区\r\n")
            .getBytes(StandardCharsets.UTF_8);
    String uploadId = uploadId(upload(file, "text/csv"));

    HttpResponse<byte[]> download = rejected(dealer, uploadId, dealerToken);

    assertThat(download.code()).isEqualTo(200);
    assertThat(download.header(HttpHeaders.CONTENT_TYPE)).isEqualTo("text/csv; charset=UTF-8");
    assertThat(download.header(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("attachment; filename=\"" + dealer + "-upload-" + uploadId + "-rejected.csv\"");
    byte[] bytes = download.body();
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text)
        .isEqualTo(
            "\uFEFF"
                + HEADER.strip()
                + ",门店,error\r\n"
                + "PURCHASE,U-2,2026-11-19,\"Li, Si\",12ab,\"Model 3, AWD\",西区,"
                + "phone: not a phone number: '12ab'\r\n");

    String again =
        Api.body(
            upload(
                text.replace("12ab", "13812345679").getBytes(StandardCharsets.UTF_8), "text/csv"));

    assertThat(again).contains("\"accepted\":1", "\"rejected\":0");
  }

  @Test
  void a_gb18030_file_comes_back_in_gb18030_and_is_accepted_once_fixed() {
    byte[] file =
        (HEADER
                + "REPAIR,G-1,2026/11/19,欧阳娜娜,13812345678,洗衣机\n"
                + "REPAIR,G-2,2026/13/19,王五,13812345679,冰箱\n")
            .getBytes(GB18030);
    String uploadId = uploadId(upload(file, "text/csv; charset=GB18030"));

    HttpResponse<byte[]> download = rejected(dealer, uploadId, dealerToken);

    assertThat(download.header(HttpHeaders.CONTENT_TYPE)).isEqualTo("text/csv; charset=GB18030");
    String text = new String(download.body(), GB18030);
    assertThat(text).startsWith(HEADER.strip() + ",error\r\nREPAIR,G-2,2026/13/19,王五,");
    assertThat(text.lines()).hasSize(2);
    assertThat(text).contains("event_time: not a date/time: '2026/13/19'");

    String again =
        Api.body(
            upload(
                text.replace("2026/13/19", "2026/11/18").getBytes(GB18030),
                "text/csv; charset=GB18030"));

    assertThat(again).contains("\"accepted\":1", "\"rejected\":0");
    assertThat(
            Api.body(
                api.send(HttpRequest.GET("/api/dealers/" + dealer + "/records/G-2"), dealerToken)))
        .contains("王五", "冰箱");
  }

  @Test
  void a_json_upload_comes_back_as_csv_and_a_clean_upload_as_its_header() {
    String json =
        "[{\"recordType\":\"PURCHASE\",\"recordId\":\"J-1\",\"eventTime\":\"2026-11-19\","
            + "\"customerName\":\"Ann\",\"phone\":\"x\",\"note\":\"-1\"}]";
    String jsonUpload = uploadId(upload(json.getBytes(StandardCharsets.UTF_8), "application/json"));
    String clean =
        uploadId(
            upload(
                (HEADER + "PURCHASE,C-1,2026-11-19,Ann,13812345678,\n")
                    .getBytes(StandardCharsets.UTF_8),
                "text/csv"));

    assertThat(new String(rejected(dealer, jsonUpload, dealerToken).body(), StandardCharsets.UTF_8))
        .isEqualTo(
            "\uFEFFrecord_type,record_id,event_time,customer_name,phone,product,serial,parts,"
                + "timezone,consent,note,error\r\n"
                + "PURCHASE,J-1,2026-11-19,Ann,x,,,,,,-1,phone: not a phone number: 'x'\r\n");
    assertThat(new String(rejected(dealer, clean, dealerToken).body(), StandardCharsets.UTF_8))
        .isEqualTo(HEADER.strip() + ",error\r\n");
  }

  @Test
  void another_dealers_upload_is_403_or_404_and_agents_cannot_download() {
    String other = api.newDealer("CN", "Asia/Shanghai");
    String otherUpload =
        uploadId(
            api.send(
                HttpRequest.POST(
                        "/api/dealers/" + other + "/records",
                        (HEADER + "PURCHASE,O-1,2026-11-19,Ann,bad,\n")
                            .getBytes(StandardCharsets.UTF_8))
                    .contentType("text/csv"),
                api.adminToken()));

    assertThat(rejected(other, otherUpload, dealerToken).code()).isEqualTo(403);
    assertThat(rejected(dealer, otherUpload, dealerToken).code()).isEqualTo(404);
    assertThat(rejected(dealer, "999999999999", dealerToken).code()).isEqualTo(404);
    assertThat(rejected(other, otherUpload, api.userWithRole("AGENT", null)).code()).isEqualTo(403);
    assertThat(rejected(other, otherUpload, api.userWithRole("QA", null)).code()).isEqualTo(200);
    assertThat(rejected(other, otherUpload, null).code()).isEqualTo(401);
  }

  private HttpResponse<String> upload(byte[] body, String contentType) {
    return api.send(
        HttpRequest.POST("/api/dealers/" + dealer + "/records", body).contentType(contentType),
        dealerToken);
  }

  private HttpResponse<byte[]> rejected(String code, String uploadId, String token) {
    var request = HttpRequest.GET("/api/dealers/" + code + "/uploads/" + uploadId + "/rejected");
    if (token != null) {
      request.bearerAuth(token);
    }
    try {
      return client.toBlocking().exchange(request.accept(MediaType.ALL_TYPE), byte[].class);
    } catch (HttpClientResponseException e) {
      @SuppressWarnings("unchecked")
      HttpResponse<byte[]> failed = (HttpResponse<byte[]>) e.getResponse();
      return failed;
    }
  }

  private static String uploadId(HttpResponse<String> uploaded) {
    Matcher m = Pattern.compile("\"uploadId\":\"([^\"]+)\"").matcher(Api.body(uploaded));
    if (!m.find()) {
      throw new AssertionError("no uploadId in " + Api.body(uploaded));
    }
    return m.group(1);
  }
}
