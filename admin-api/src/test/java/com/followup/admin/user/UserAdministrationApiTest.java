package com.followup.admin.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An administrator changes users: a disabled user's bearer tokens and console sessions stop working
 * at once, and a token whose roles changed is refused.
 */
@MicronautTest(transactional = false)
class UserAdministrationApiTest {

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient client;

  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(client.toBlocking());
  }

  @Test
  void a_disabled_users_bearer_token_is_refused_at_once_and_the_user_cannot_log_in_again() {
    String user = api.newUser(null, "MANAGER");
    String token = api.login(user, Api.USER_PASSWORD);
    assertThat(api.send(HttpRequest.GET("/api/users/me"), token).code()).isEqualTo(200);

    HttpResponse<String> disabled =
        api.send(HttpRequest.POST("/api/users/" + user + "/disable", ""), api.adminToken());

    assertThat(disabled.code()).isEqualTo(200);
    assertThat(Api.body(disabled)).contains("\"enabled\":false");
    assertThat(api.send(HttpRequest.GET("/api/users/me"), token).code()).isEqualTo(401);
    assertThat(api.send(HttpRequest.GET("/api/sla-policies"), token).code()).isEqualTo(401);
    assertThat(
            api.send(
                    HttpRequest.POST(
                        "/login", Map.of("username", user, "password", Api.USER_PASSWORD)),
                    null)
                .code())
        .isEqualTo(401);

    api.send(HttpRequest.POST("/api/users/" + user + "/enable", ""), api.adminToken());
    assertThat(
            api.send(HttpRequest.GET("/api/users/me"), api.login(user, Api.USER_PASSWORD)).code())
        .isEqualTo(200);
  }

  @Test
  void a_disabled_users_console_session_ends_at_once_and_its_next_page_is_the_sign_in_page()
      throws Exception {
    String user = api.newUser(null, "MANAGER");
    java.net.http.HttpClient browser = browser();
    signIn(browser, user, Api.USER_PASSWORD);
    assertThat(get(browser, "/manager").statusCode()).isEqualTo(200);

    api.send(HttpRequest.POST("/api/users/" + user + "/disable", ""), api.adminToken());

    java.net.http.HttpResponse<String> next = get(browser, "/manager");
    assertThat(next.statusCode()).isEqualTo(303);
    assertThat(next.headers().firstValue("Location")).hasValue("/?expired=1");
  }

  @Test
  void a_new_password_ends_the_users_sessions_and_only_the_new_one_signs_in() throws Exception {
    String user = api.newUser(null, "QA");
    java.net.http.HttpClient browser = browser();
    signIn(browser, user, Api.USER_PASSWORD);

    HttpResponse<String> reset =
        api.send(
            HttpRequest.POST(
                "/api/users/" + user + "/password", Map.of("password", "new-password-9")),
            api.adminToken());

    assertThat(reset.code()).isEqualTo(204);
    assertThat(get(browser, "/qa").statusCode()).isEqualTo(303);
    assertThat(api.login(user, "new-password-9")).isNotBlank();
  }

  @Test
  void a_token_issued_before_a_role_change_is_refused_and_a_new_one_carries_the_new_roles() {
    String user = api.newUser(null, "AGENT");
    String token = api.login(user, Api.USER_PASSWORD);
    assertThat(api.send(HttpRequest.GET("/api/breaches/recomplaints"), token).code())
        .isEqualTo(403);

    HttpResponse<String> changed =
        api.send(
            HttpRequest.PUT("/api/users/" + user, Map.of("roles", List.of("AGENT", "QA"))),
            api.adminToken());

    assertThat(changed.code()).isEqualTo(200);
    assertThat(Api.body(changed)).contains("\"roles\":[\"QA\",\"AGENT\"]");
    assertThat(api.send(HttpRequest.GET("/api/users/me"), token).code()).isEqualTo(401);
    String fresh = api.login(user, Api.USER_PASSWORD);
    assertThat(api.send(HttpRequest.GET("/api/breaches/recomplaints"), fresh).code())
        .isEqualTo(200);
  }

  @Test
  void bad_changes_are_refused_with_a_message_and_change_nothing() {
    String dealer = api.newDealer("CN", "Asia/Shanghai");
    String user = api.newUser(null, "AGENT");
    String admin = api.adminToken();

    assertThat(
            Api.body(
                api.send(
                    HttpRequest.PUT(
                        "/api/users/" + user, Map.of("roles", List.of("DEALER", "AGENT"))),
                    admin)))
        .contains("a DEALER user cannot hold other roles");
    assertThat(
            api.send(
                    HttpRequest.PUT(
                        "/api/users/" + user,
                        Map.of("roles", List.of("AGENT"), "dealerCode", dealer)),
                    admin)
                .code())
        .isEqualTo(400);
    assertThat(api.send(HttpRequest.POST("/api/users/admin/disable", ""), admin).code())
        .isEqualTo(400);
    assertThat(
            api.send(HttpRequest.PUT("/api/users/admin", Map.of("roles", List.of("QA"))), admin)
                .code())
        .isEqualTo(400);
    assertThat(api.send(HttpRequest.POST("/api/users/nobody-here/disable", ""), admin).code())
        .isEqualTo(404);
    assertThat(
            api.send(
                    HttpRequest.POST(
                        "/api/users/" + user + "/password", Map.of("password", "short")),
                    admin)
                .code())
        .isEqualTo(400);
    assertThat(
            api.send(HttpRequest.GET("/api/users/me"), api.login(user, Api.USER_PASSWORD)).code())
        .isEqualTo(200);
  }

  @Test
  void an_administrator_edits_a_dealers_name_country_and_zone_but_not_into_nonsense() {
    String dealer = api.newDealer("CN", "Asia/Shanghai");
    String admin = api.adminToken();

    HttpResponse<String> edited =
        api.send(
            HttpRequest.PUT(
                "/api/dealers/" + dealer,
                Map.of("name", "Urumqi Motors", "country", "CN", "timezone", "Asia/Urumqi")),
            admin);

    assertThat(edited.code()).isEqualTo(200);
    assertThat(Api.body(api.send(HttpRequest.GET("/api/dealers/" + dealer), admin)))
        .contains("\"timezone\":\"Asia/Urumqi\"")
        .contains("Urumqi Motors");
    assertThat(
            api.send(
                    HttpRequest.PUT(
                        "/api/dealers/" + dealer,
                        Map.of("name", "x", "country", "CN", "timezone", "Mars/Olympus")),
                    admin)
                .code())
        .isEqualTo(400);
    assertThat(
            api.send(
                    HttpRequest.PUT(
                        "/api/dealers/NO-SUCH-DEALER",
                        Map.of("name", "x", "country", "CN", "timezone", "Asia/Shanghai")),
                    admin)
                .code())
        .isEqualTo(404);
    assertThat(
            api.send(
                    HttpRequest.PUT(
                        "/api/dealers/" + dealer,
                        Map.of("name", "x", "country", "CN", "timezone", "Asia/Shanghai")),
                    api.userWithRole("DEALER", dealer))
                .code())
        .isEqualTo(403);
  }

  private static java.net.http.HttpClient browser() {
    return java.net.http.HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
        .build();
  }

  private void signIn(java.net.http.HttpClient browser, String user, String password)
      throws Exception {
    String page = get(browser, "/").body();
    Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(csrf.find()).isTrue();
    String form =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&csrf="
            + csrf.group(1);
    java.net.http.HttpResponse<String> signedIn =
        browser.send(
            java.net.http.HttpRequest.newBuilder(URI.create(server.getURL() + "/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).isEqualTo(303);
  }

  private java.net.http.HttpResponse<String> get(java.net.http.HttpClient browser, String path)
      throws Exception {
    return browser.send(
        java.net.http.HttpRequest.newBuilder(URI.create(server.getURL() + path))
            .header("Accept-Language", "en")
            .build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
  }
}
