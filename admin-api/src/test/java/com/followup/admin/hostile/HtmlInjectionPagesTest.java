package com.followup.admin.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import com.followup.admin.support.ConsoleClient;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Markup stored in names, summaries and notes is shown as text on every console page that shows it:
 * the raw tag never reaches a page, its escaped form does.
 */
@MicronautTest(transactional = false)
class HtmlInjectionPagesTest {

  private static final String SCRIPT = "<script>alert('x')</script>";
  private static final String IMG = "<img src=x onerror=alert(1)>";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject EmbeddedServer server;

  @Test
  void markup_in_stored_names_and_notes_is_escaped_on_every_page_that_shows_it() {
    Api api = new Api(client.toBlocking());
    String admin = api.adminToken();
    String dealer = "X" + UUID.randomUUID().toString().substring(0, 7).toUpperCase();
    api.send(
        HttpRequest.POST(
            "/api/dealers",
            Map.of(
                "code",
                dealer,
                "name",
                "Dealer " + SCRIPT,
                "country",
                "CN",
                "timezone",
                "Asia/Shanghai")),
        admin);
    String department = "H" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    api.send(
        HttpRequest.PUT("/api/departments/" + department, Map.of("name", "Dept " + IMG)), admin);
    String phone = Api.freshMobile();
    String csv =
        "record_type,record_id,event_time,customer_name,phone,product\n"
            + "PURCHASE,R1,"
            + LocalDate.now().minusDays(1)
            + ",\"Wang "
            + SCRIPT.replace("\"", "\"\"")
            + "\","
            + phone
            + ",\""
            + IMG
            + "\"\n";
    assertThat(
            Api.body(
                api.send(
                    HttpRequest.POST("/api/dealers/" + dealer + "/records", csv)
                        .contentType(MediaType.of("text/csv")),
                    admin)))
        .contains("\"accepted\":1");
    String manager = api.newUser(null, "MANAGER");
    String managerToken = api.login(manager, Api.USER_PASSWORD);
    String ticket =
        Api.body(
            api.send(
                HttpRequest.POST(
                    "/api/tickets",
                    Map.of(
                        "type", "COMPLAINT",
                        "customerPhone", phone,
                        "dealerCode", dealer,
                        "department", department,
                        "summary", "Broken " + IMG + " " + SCRIPT)),
                managerToken));
    Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(ticket);
    assertThat(id.find()).as(ticket).isTrue();
    api.send(
        HttpRequest.POST(
            "/api/tickets/" + id.group(1) + "/events",
            Map.of("type", "PROGRESS_CHECKED", "notes", "Checked " + SCRIPT)),
        managerToken);
    String departmentUser = "dept-" + UUID.randomUUID().toString().substring(0, 8);
    api.send(
        HttpRequest.POST(
            "/api/users",
            Map.of(
                "username",
                departmentUser,
                "password",
                Api.USER_PASSWORD,
                "roles",
                List.of("DEPARTMENT"),
                "departmentCode",
                department)),
        admin);
    String dealerUser = api.newUser(dealer, "DEALER");

    ConsoleClient console = new ConsoleClient(server.getURL().toString());
    List<String> shown = new ArrayList<>();
    List<String> raw = new ArrayList<>();
    check(
        console,
        console.signIn("admin", Api.ADMIN_PASSWORD),
        shown,
        raw,
        "/admin",
        "/admin/dealers/" + dealer);
    check(
        console,
        console.signIn(manager, Api.USER_PASSWORD),
        shown,
        raw,
        "/tickets",
        "/tickets/" + id.group(1),
        "/dealer/" + dealer,
        "/dealer/" + dealer + "/progress",
        "/dealer/" + dealer + "/records?id=R1",
        "/manager/reports?by=dealer");
    check(
        console,
        console.signIn(dealerUser, Api.USER_PASSWORD),
        shown,
        raw,
        "/dealer/" + dealer,
        "/dealer/" + dealer + "/records?id=R1",
        "/tickets",
        "/tickets/" + id.group(1));
    check(
        console,
        console.signIn(departmentUser, Api.USER_PASSWORD),
        shown,
        raw,
        "/department",
        "/department/tickets/" + id.group(1));

    assertThat(raw).isEmpty();
    assertThat(shown)
        .contains(
            "/admin/dealers/" + dealer,
            "/tickets/" + id.group(1),
            "/department",
            "/department/tickets/" + id.group(1),
            "/dealer/" + dealer + "/records?id=R1");
  }

  private static void check(
      ConsoleClient console,
      ConsoleClient.Session session,
      List<String> shown,
      List<String> raw,
      String... paths) {
    for (String path : paths) {
      String page = console.get(session, path, false).body();
      if (page.contains("<script>alert") || page.contains("<img src=x onerror")) {
        raw.add(path);
      }
      if (page.contains("&lt;script&gt;alert") || page.contains("&lt;img src=x onerror")) {
        shown.add(path);
      }
    }
  }
}
