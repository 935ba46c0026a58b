package com.followup.admin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class RecordUploadApiTest {

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

  private HttpResponse<String> upload(String code, byte[] body, String contentType, String token) {
    return api.send(
        HttpRequest.POST("/api/dealers/" + code + "/records", body).contentType(contentType),
        token);
  }

  private HttpResponse<String> csv(String code, String text, String token) {
    return upload(code, text.getBytes(StandardCharsets.UTF_8), "text/csv", token);
  }

  @Test
  void a_dealer_uploads_its_records_and_reads_the_summary_and_history_later() {
    HttpResponse<String> uploaded =
        csv(
            dealer,
            HEADER
                + "PURCHASE,A-1,2026-11-19,张三,13812345678,Model S\nPURCHASE,A-2,2026-11-19,Bad,12ab,\n",
            dealerToken);

    assertThat(uploaded.code()).isEqualTo(200);
    assertThat(Api.body(uploaded))
        .contains(
            "\"received\":2",
            "\"accepted\":1",
            "\"rejected\":1",
            "\"duplicates\":0",
            "\"updated\":0")
        .contains("{\"line\":3,\"column\":\"phone\",\"message\":\"not a phone number: '12ab'\"}");
    String uploadId = field(Api.body(uploaded), "uploadId");
    assertThat(
            Api.body(
                api.send(
                    HttpRequest.GET("/api/dealers/" + dealer + "/uploads/" + uploadId),
                    dealerToken)))
        .contains("\"accepted\":1", "not a phone number");
    assertThat(
            Api.body(api.send(HttpRequest.GET("/api/dealers/" + dealer + "/uploads"), dealerToken)))
        .contains(uploadId);
    assertThat(
            Api.body(
                api.send(HttpRequest.GET("/api/dealers/" + dealer + "/records/A-1"), dealerToken)))
        .contains("\"phone\":\"+8613812345678\"", "张三");
  }

  @Test
  void a_dealer_user_cannot_touch_another_dealers_records_and_agents_cannot_upload() {
    String other = api.newDealer("CN", "Asia/Shanghai");
    String otherUpload =
        field(
            Api.body(
                csv(
                    other,
                    HEADER + "PURCHASE,O-1,2026-11-19,Ann,13812345678,\n",
                    api.adminToken())),
            "uploadId");

    assertThat(csv(other, HEADER, dealerToken).code()).isEqualTo(403);
    assertThat(
            api.send(
                    HttpRequest.GET("/api/dealers/" + other + "/uploads/" + otherUpload),
                    dealerToken)
                .code())
        .isEqualTo(403);
    assertThat(
            api.send(HttpRequest.GET("/api/dealers/" + other + "/records/O-1"), dealerToken).code())
        .isEqualTo(403);
    assertThat(
            api.send(
                    HttpRequest.GET("/api/dealers/" + dealer + "/uploads/" + otherUpload),
                    dealerToken)
                .code())
        .isEqualTo(404);
    assertThat(csv(dealer, HEADER, api.userWithRole("AGENT", null)).code()).isEqualTo(403);
    assertThat(csv(dealer, HEADER, api.userWithRole("MANAGER", null)).code()).isEqualTo(200);
    assertThat(csv(dealer, HEADER, null).code()).isEqualTo(401);
  }

  @Test
  void a_gb18030_file_declared_in_the_content_type_is_decoded() {
    byte[] body =
        (HEADER + "REPAIR,G-1,2026/11/19,欧阳娜娜,13812345678,洗衣机\n")
            .getBytes(Charset.forName("GB18030"));

    HttpResponse<String> uploaded = upload(dealer, body, "text/csv; charset=GB18030", dealerToken);

    assertThat(Api.body(uploaded)).contains("\"accepted\":1");
    assertThat(
            Api.body(
                api.send(HttpRequest.GET("/api/dealers/" + dealer + "/records/G-1"), dealerToken)))
        .contains("欧阳娜娜", "洗衣机");
  }

  @Test
  void theCustomersConsentIsKeptWithTheRecordAndAChangeOfItIsAnUpdate() {
    String header = "record_type,record_id,event_time,customer_name,phone,consent\n";
    csv(dealer, header + "PURCHASE,C-1,2026-11-19,Ann,13812345678,no\n", dealerToken);
    HttpResponse<String> changed =
        csv(dealer, header + "PURCHASE,C-1,2026-11-19,Ann,13812345678,yes\n", dealerToken);
    HttpResponse<String> again =
        csv(dealer, header + "PURCHASE,C-1,2026-11-19,Ann,13812345678,YES\n", dealerToken);

    assertThat(Api.body(changed)).contains("\"updated\":1");
    assertThat(Api.body(again)).contains("\"duplicates\":1");
    String record =
        Api.body(api.send(HttpRequest.GET("/api/dealers/" + dealer + "/records/C-1"), dealerToken));
    assertThat(record).contains("\"consent\":true").contains("\"consent\":false");
  }

  @Test
  void records_can_be_sent_as_a_json_array() {
    String json =
        "[{\"recordType\":\"PURCHASE\",\"recordId\":\"J-1\",\"eventTime\":\"2026-11-19T10:00\",\"customerName\":\"Ann\",\"phone\":\"+86 138 1234 5678\"}]";

    HttpResponse<String> uploaded =
        upload(
            dealer, json.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON, dealerToken);

    assertThat(Api.body(uploaded)).contains("\"accepted\":1", "\"format\":\"JSON\"");
  }

  @Test
  void whole_file_problems_are_400_and_nothing_is_written() {
    HttpResponse<String> missing =
        csv(dealer, "record_type,record_id,event_time\nPURCHASE,1,2026-11-19\n", dealerToken);
    HttpResponse<String> empty = csv(dealer, "", dealerToken);
    HttpResponse<String> badCharset =
        upload(
            dealer,
            HEADER.getBytes(StandardCharsets.UTF_8),
            "text/csv; charset=NOPE-1",
            dealerToken);

    assertThat(missing.code()).isEqualTo(400);
    assertThat(Api.body(missing)).contains("missing required column(s): customer_name, phone");
    assertThat(empty.code()).isEqualTo(400);
    assertThat(badCharset.code()).isEqualTo(400);
    assertThat(
            Api.body(api.send(HttpRequest.GET("/api/dealers/" + dealer + "/uploads"), dealerToken)))
        .isEqualTo("[]");
  }

  @Test
  void an_unknown_dealer_is_404_and_an_unsupported_content_type_is_415() {
    assertThat(csv("NO-SUCH-DEALER", HEADER, api.adminToken()).code())
        .isEqualTo(HttpStatus.NOT_FOUND.getCode());
    assertThat(
            upload(dealer, HEADER.getBytes(StandardCharsets.UTF_8), "text/plain", dealerToken)
                .code())
        .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode());
  }

  @Test
  void an_uploaded_purchase_has_its_first_follow_up_planned_and_visible_to_its_dealer_only() {
    csv(dealer, HEADER + "PURCHASE,F-1,2026-11-19,Ann,13812345678,\n", dealerToken);

    HttpResponse<String> planned =
        api.send(HttpRequest.GET("/api/followups?dealer=" + dealer + "&recordId=F-1"), dealerToken);
    String other = api.newDealer("CN", "Asia/Shanghai");

    assertThat(planned.code()).isEqualTo(200);
    assertThat(Api.body(planned))
        .contains("\"campaign\":\"purchase\"", "\"step\":1", "\"windowStart\":", "\"deadline\":")
        .contains("\"attempts\":0", "\"status\":\"");
    assertThat(
            api.send(
                    HttpRequest.GET("/api/followups?dealer=" + other + "&recordId=F-1"),
                    dealerToken)
                .code())
        .isEqualTo(403);
    assertThat(api.send(HttpRequest.GET("/api/followups?recordId=F-1"), api.adminToken()).code())
        .isEqualTo(400);
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
    if (!m.find()) {
      throw new AssertionError(name + " not in " + json);
    }
    return m.group(1);
  }
}
