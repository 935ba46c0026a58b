package com.followup.admin.dnc;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Importing a CSV of numbers: every good line added, every bad one named by its line. */
@MicronautTest(transactional = false)
class DoNotCallImportApiTest {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;

  Api api;
  String manager;

  @BeforeEach
  void setUp() {
    api = new Api(client.toBlocking());
    manager = api.userWithRole("MANAGER", null);
  }

  private HttpResponse<String> importCsv(byte[] csv, String query) {
    return api.send(
        HttpRequest.POST("/api/do-not-call/import" + query, csv)
            .contentType(MediaType.of("text/csv")),
        manager);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> result(HttpResponse<String> response) throws Exception {
    assertThat(response.code()).as(Api.body(response)).isEqualTo(200);
    return json.readValue(Api.body(response), Map.class);
  }

  @Test
  void bad_lines_are_reported_by_their_physical_line_and_never_stop_the_good_ones()
      throws Exception {
    String a = "+86" + Api.freshMobile();
    String b = Api.freshMobile();
    String c = "+86" + Api.freshMobile();
    String csv =
        "phone,reason\n"
            + a
            + ",\"asked, twice\"\n"
            + "\n"
            + "123,typo\n"
            + "\"+86 138\n0000\",split over two lines\n"
            + c
            + ",\n"
            + b
            + ",national\n";

    Map<String, Object> result = result(importCsv(csv.getBytes(), "?reason=from%20the%20log"));

    assertThat(result)
        .containsEntry("lines", 5)
        .containsEntry("added", 2)
        .containsEntry("rejected", 3);
    List<Map<String, Object>> errors = (List<Map<String, Object>>) result.get("errors");
    assertThat(errors).extracting(e -> e.get("line")).containsExactly(4, 5, 8);
    assertThat(errors.get(0).get("message").toString())
        .contains("'123' is not a valid phone number");
    assertThat(
            Api.body(
                api.send(HttpRequest.GET("/api/do-not-call/" + a.replace("+", "%2B")), manager)))
        .contains("asked, twice");
    assertThat(
            Api.body(
                api.send(HttpRequest.GET("/api/do-not-call/" + c.replace("+", "%2B")), manager)))
        .contains("from the log");
  }

  @Test
  void a_file_without_header_in_gb18030_with_a_default_country_is_read_line_by_line()
      throws Exception {
    String national = Api.freshMobile();
    byte[] csv = (national + ",客户要求不再来电\n").getBytes(Charset.forName("GB18030"));

    Map<String, Object> result = result(importCsv(csv, "?country=CN"));

    assertThat(result).containsEntry("added", 1).containsEntry("rejected", 0);
    assertThat(Api.body(api.send(HttpRequest.GET("/api/do-not-call/%2B86" + national), manager)))
        .contains("客户要求不再来电");
  }

  @Test
  void an_empty_file_is_refused_whole_and_other_roles_may_not_import() {
    assertThat(importCsv(new byte[0], "").code()).isEqualTo(400);
    assertThat(importCsv(" \n".getBytes(), "").code()).isEqualTo(400);
    assertThat(
            api.send(
                    HttpRequest.POST("/api/do-not-call/import", "+8613800000000\n".getBytes())
                        .contentType(MediaType.of("text/csv")),
                    api.userWithRole("AGENT", null))
                .code())
        .isEqualTo(403);
  }
}
