package com.followup.admin.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A DEALER or DEPARTMENT user reaches nothing of another dealer or department, by any endpoint,
 * including by trying the ids next to one it was told.
 */
@MicronautTest(transactional = false)
class TenantIsolationApiTest {

  @Inject
  @Client("/")
  HttpClient client;

  Api api;
  String admin;
  String theirs;
  String uploadId;
  long ticket;
  String theirDepartment;

  @BeforeEach
  void setUp() {
    api = new Api(client.toBlocking());
    admin = api.adminToken();
    theirs = api.newDealer("CN", "Asia/Shanghai");
    String csv =
        "record_type,record_id,event_time,customer_name,phone\nPURCHASE,R1,"
            + LocalDate.now().minusDays(1)
            + ",Li Na,"
            + Api.freshMobile()
            + "\n";
    String summary =
        Api.body(
            api.send(
                HttpRequest.POST("/api/dealers/" + theirs + "/records", csv)
                    .contentType(MediaType.of("text/csv")),
                admin));
    uploadId = find(summary, "\"uploadId\":\"?([\\w-]+)");
    theirDepartment = department();
    String manager = api.userWithRole("MANAGER", null);
    ticket =
        Long.parseLong(
            find(
                Api.body(
                    api.send(
                        HttpRequest.POST(
                            "/api/tickets",
                            Map.of(
                                "type",
                                "COMPLAINT",
                                "customerPhone",
                                Api.freshMobile(),
                                "dealerCode",
                                theirs,
                                "department",
                                theirDepartment,
                                "summary",
                                "theirs")),
                        manager)),
                "\"id\":(\\d+)"));
  }

  @Test
  void a_dealer_user_reaches_none_of_another_dealers_uploads_records_follow_ups_or_tickets() {
    String mine = api.newDealer("CN", "Asia/Shanghai");
    String dealer = api.userWithRole("DEALER", mine);

    List<MutableHttpRequest<?>> attempts =
        List.of(
            HttpRequest.GET("/api/dealers/" + theirs),
            HttpRequest.GET("/api/dealers/" + theirs + "/uploads"),
            HttpRequest.GET("/api/dealers/" + theirs + "/uploads/" + uploadId),
            HttpRequest.GET("/api/dealers/" + theirs + "/uploads/" + uploadId + "/errors"),
            HttpRequest.GET("/api/dealers/" + theirs + "/uploads/" + uploadId + "/rejected"),
            HttpRequest.GET("/api/dealers/" + theirs + "/records/R1"),
            HttpRequest.GET("/api/dealers/" + theirs + "/progress"),
            HttpRequest.GET("/api/followups?dealer=" + theirs + "&recordId=R1"),
            HttpRequest.GET("/api/verifications?dealer=" + theirs),
            HttpRequest.POST("/api/dealers/" + theirs + "/records", "record_type\n")
                .contentType(MediaType.of("text/csv")),
            HttpRequest.POST(
                "/api/tickets/" + ticket + "/events", Map.of("type", "PROGRESS_CHECKED")));
    for (MutableHttpRequest<?> attempt : attempts) {
      assertThat(api.send(attempt, dealer).code()).as(attempt.getPath()).isIn(403, 404);
    }
    for (long id = Math.max(1, ticket - 3); id <= ticket + 3; id++) {
      assertThat(api.send(HttpRequest.GET("/api/tickets/" + id), dealer).code())
          .as("ticket " + id)
          .isIn(403, 404);
    }
    assertThat(Api.body(api.send(HttpRequest.GET("/api/tickets"), dealer))).doesNotContain(theirs);
    assertThat(Api.body(api.send(HttpRequest.GET("/api/dealers/" + theirs + "/records/R1"), admin)))
        .as("nothing changed for the other dealer")
        .contains("R1");
  }

  @Test
  void a_department_user_reaches_none_of_another_departments_tickets_by_any_id() {
    String mine = department();
    String user = "dept-" + UUID.randomUUID().toString().substring(0, 8);
    api.send(
        HttpRequest.POST(
            "/api/users",
            Map.of(
                "username",
                user,
                "password",
                Api.USER_PASSWORD,
                "roles",
                List.of("DEPARTMENT"),
                "departmentCode",
                mine)),
        admin);
    String token = api.login(user, Api.USER_PASSWORD);

    assertThat(
            api.send(HttpRequest.GET("/api/departments/" + theirDepartment + "/tickets"), token)
                .code())
        .isEqualTo(403);
    for (String action : List.of("acknowledge", "progress", "resolve", "pass-on")) {
      assertThat(
              api.send(
                      HttpRequest.POST(
                          "/api/tickets/" + ticket + "/" + action, Map.of("notes", "x")),
                      token)
                  .code())
          .as(action)
          .isIn(403, 404);
    }
    for (long id = Math.max(1, ticket - 3); id <= ticket + 3; id++) {
      assertThat(api.send(HttpRequest.GET("/api/tickets/" + id), token).code())
          .as("ticket " + id)
          .isIn(403, 404);
    }
    assertThat(api.send(HttpRequest.GET("/api/dealers/" + theirs + "/uploads"), token).code())
        .isEqualTo(403);
    assertThat(api.send(HttpRequest.GET("/api/calls"), token).code()).isEqualTo(403);
  }

  private String department() {
    String code = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    api.send(HttpRequest.PUT("/api/departments/" + code, Map.of("name", "Dept " + code)), admin);
    return code;
  }

  private static String find(String text, String pattern) {
    Matcher m = Pattern.compile(pattern).matcher(text);
    if (!m.find()) {
      throw new AssertionError(pattern + " not in " + text);
    }
    return m.group(1);
  }
}
