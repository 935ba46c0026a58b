package com.followup.admin.console.department;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import com.followup.admin.support.SlaApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The department's desk over plain HTTP: only its own department's tickets, 403 for another's by
 * id, refused answers next to their fields (422) writing nothing, and the CSRF check of a session.
 */
@MicronautTest(transactional = false)
class DepartmentDeskPagesTest {

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;

  Api api;
  DeskPeople people;
  String service;
  String parts;
  String serviceUser;
  java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

  @BeforeEach
  void setUp() {
    api = new Api(client.toBlocking());
    people = new DeskPeople(api, new SlaApi(api, json));
    service = people.department("Service station", null);
    parts = people.department("Parts warehouse", null);
    serviceUser = api.login(people.user(service), Api.USER_PASSWORD);
  }

  private HttpResponse<String> get(String path, String token) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(server.getURL() + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept-Language", "en")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String token, Map<String, String> form)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(server.getURL() + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept-Language", "en")
            .header("HX-Request", "true")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String encode(Map<String, String> form) {
    StringBuilder body = new StringBuilder();
    form.forEach(
        (k, v) ->
            body.append(body.isEmpty() ? "" : "&")
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return body.toString();
  }

  @Test
  void a_department_user_sees_only_its_own_tickets_and_gets_403_for_another_departments_by_id()
      throws Exception {
    long mine = people.problem(service, "the washing machine leaks");
    long theirs = people.problem(parts, "a spare part is missing");

    HttpResponse<String> desk = get("/department", serviceUser);

    assertThat(desk.statusCode()).isEqualTo(200);
    assertThat(desk.body())
        .contains("data-ticket=\"" + mine + "\"")
        .contains("the washing machine leaks")
        .contains("data-target=\"transferred\"")
        .contains("data-delivered=\"NONE\"")
        .doesNotContain("data-ticket=\"" + theirs + "\"");
    HttpResponse<String> other = get("/department/tickets/" + theirs, serviceUser);
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.body()).contains("You may not open this page").doesNotContain("spare part");
    assertThat(post("/department/tickets/" + theirs + "/resolve", serviceUser, notes("done")))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(403);
    assertThat(people.events(theirs)).doesNotContain("RESOLVED");
    assertThat(get("/department/tickets/" + mine, serviceUser).body())
        .contains("the washing machine leaks")
        .contains("id=\"ticket-timeline\"")
        .contains("data-kind=\"TRANSFER\"");
    assertThat(get("/department/tickets/999999999", serviceUser).statusCode()).isEqualTo(404);
    String manager = api.userWithRole("MANAGER", null);
    assertThat(get("/department", manager).statusCode())
        .as("the desk is the department's own")
        .isEqualTo(403);
  }

  @Test
  void progress_or_a_resolution_without_a_note_is_refused_next_to_the_field_and_records_nothing()
      throws Exception {
    long ticket = people.problem(service, "the dryer is noisy");

    HttpResponse<String> progress =
        post("/department/tickets/" + ticket + "/progress", serviceUser, notes("  "));

    assertThat(progress.statusCode()).isEqualTo(422);
    assertThat(progress.body())
        .contains("id=\"progress-notes-error\"")
        .contains("Write a note.")
        .contains("aria-invalid=\"true\"")
        .doesNotContain("<html");
    HttpResponse<String> resolve =
        post("/department/tickets/" + ticket + "/resolve", serviceUser, notes(""));
    assertThat(resolve.statusCode()).isEqualTo(422);
    assertThat(resolve.body()).contains("id=\"resolve-notes-error\"");
    Map<String, String> unknown = new LinkedHashMap<>();
    unknown.put("department", "no-such-department");
    unknown.put("notes", "not ours");
    HttpResponse<String> passOn =
        post("/department/tickets/" + ticket + "/pass-on", serviceUser, unknown);
    assertThat(passOn.statusCode()).isEqualTo(422);
    assertThat(passOn.body())
        .contains("id=\"pass-on-department-error\"")
        .contains("No department has the code “no-such-department”.");
    Map<String, String> noReason = new LinkedHashMap<>();
    noReason.put("department", parts);
    noReason.put("notes", "");
    assertThat(post("/department/tickets/" + ticket + "/pass-on", serviceUser, noReason).body())
        .contains("id=\"pass-on-notes-error\"")
        .contains("<option value=\"" + parts + "\" selected=\"selected\">");
    assertThat(people.events(ticket)).doesNotContain("PROGRESS_NOTED", "RESOLVED", "PASSED_ON");
    assertThat(people.ticket(ticket).get("department")).isEqualTo(service);

    HttpResponse<String> noted =
        post("/department/tickets/" + ticket + "/progress", serviceUser, notes("a fitter comes"));

    assertThat(noted.statusCode()).isEqualTo(204);
    assertThat(noted.headers().firstValue("HX-Redirect"))
        .hasValue("/department/tickets/" + ticket + "?done=progress");
    assertThat(people.events(ticket)).contains("PROGRESS_NOTED");
  }

  @Test
  void an_answer_posted_with_the_session_cookie_but_without_its_csrf_token_gets_403()
      throws Exception {
    long ticket = people.problem(service, "the oven door is cracked");
    String cookie = signIn(people.user(service));
    HttpResponse<String> desk =
        http.send(
            HttpRequest.newBuilder(URI.create(server.getURL() + "/department"))
                .header("Cookie", cookie)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(desk.body()).contains("data-ticket=\"" + ticket + "\"");
    Matcher csrf = Pattern.compile("data-csrf=\"([^\"]+)\"").matcher(desk.body());
    assertThat(csrf.find()).isTrue();

    assertThat(acknowledge(ticket, cookie, null).statusCode()).isEqualTo(403);
    assertThat(acknowledge(ticket, cookie, "forged").statusCode()).isEqualTo(403);
    assertThat(people.events(ticket)).doesNotContain("DEPARTMENT_ACKNOWLEDGED");

    assertThat(acknowledge(ticket, cookie, csrf.group(1)).statusCode()).isEqualTo(204);
    assertThat(people.events(ticket)).contains("DEPARTMENT_ACKNOWLEDGED");
  }

  private HttpResponse<String> acknowledge(long ticket, String cookie, String csrf)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(server.getURL() + "/department/tickets/" + ticket + "/acknowledge"))
            .header("Cookie", cookie)
            .header("HX-Request", "true")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("notes="));
    if (csrf != null) {
      request.header("X-CSRF-Token", csrf);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Signs in through the sign-in form over HTTP; returns the session's Cookie header. */
  private String signIn(String username) throws Exception {
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(URI.create(server.getURL() + "/")).build(),
            HttpResponse.BodyHandlers.ofString());
    String signInCookie = cookie(page, "followup_signin");
    Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.body());
    assertThat(csrf.find()).isTrue();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("csrf", csrf.group(1));
    form.put("username", username);
    form.put("password", Api.USER_PASSWORD);
    HttpResponse<String> signedIn =
        http.send(
            HttpRequest.newBuilder(URI.create(server.getURL() + "/signin"))
                .header("Cookie", signInCookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).isEqualTo(303);
    return cookie(signedIn, "followup_session");
  }

  private static String cookie(HttpResponse<String> response, String name) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cookie " + name));
  }

  private static Map<String, String> notes(String notes) {
    return Map.of("notes", notes);
  }
}
