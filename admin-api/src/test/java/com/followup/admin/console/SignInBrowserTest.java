package com.followup.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInBrowserTest {

  @Inject EmbeddedServer server;
  @Inject DataSource dataSource;

  @Inject
  @Client("/")
  HttpClient client;

  Api api;
  Browser browser;

  @BeforeAll
  void openBrowser() {
    api = new Api(client.toBlocking());
    browser = Browser.open(server.getURL().toString(), "zh-CN,zh;q=0.9");
  }

  @AfterAll
  void closeBrowser() {
    browser.close();
  }

  @BeforeEach
  void signedOut() {
    browser.driver().manage().deleteAllCookies();
  }

  @Test
  void the_front_door_is_the_sign_in_page_in_the_browsers_language_and_english_is_remembered() {
    browser.go("/");
    assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("登录");
    assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"))
        .isEqualTo("zh-CN");
    browser.screenshot("signin-zh");

    new Select(browser.driver().findElement(By.id("lang-switch"))).selectByValue("en");
    browser.waitForText(By.tagName("h1"), "Sign in", java.time.Duration.ofSeconds(10));
    browser.go("/");
    assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Sign in");
    browser.screenshot("signin-en");

    new Select(browser.driver().findElement(By.id("lang-switch"))).selectByValue("zh-CN");
    browser.waitForText(By.tagName("h1"), "登录", java.time.Duration.ofSeconds(10));
  }

  @Test
  void a_user_signs_in_with_the_keyboard_alone_and_lands_on_the_desk_of_their_role() {
    String manager = api.newUser(null, "MANAGER");
    browser.go("/");
    browser.waitFor(By.id("username"));

    WebElement focused = browser.driver().switchTo().activeElement();
    assertThat(focused.getDomAttribute("id")).isEqualTo("username");
    focused.sendKeys(manager);
    focused.sendKeys(Keys.TAB);
    WebElement password = browser.driver().switchTo().activeElement();
    assertThat(password.getDomAttribute("id")).isEqualTo("password");
    password.sendKeys(Api.USER_PASSWORD, Keys.ENTER);

    browser.waitForPath("/manager");
    assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("主管");
    browser.screenshot("manager-home-zh");
  }

  @Test
  void a_wrong_password_is_refused_on_the_page_and_the_name_typed_is_shown_as_text() {
    browser.go("/");
    browser.waitFor(By.id("username")).sendKeys("<script>alert(1)</script>");
    browser.driver().findElement(By.id("password")).sendKeys("wrong-password", Keys.ENTER);

    assertThat(browser.waitFor(By.id("signin-notice")).getText()).isEqualTo("用户名或密码错误。");
    assertThat(browser.driver().findElement(By.id("username")).getDomProperty("value"))
        .isEqualTo("<script>alert(1)</script>");
    assertThat(browser.consoleErrors())
        .allSatisfy(error -> assertThat(error).contains("/signin").contains("status of 401"));
  }

  @Test
  void a_user_with_several_roles_switches_desks_and_signs_out() {
    String user = api.newUser(null, "AGENT", "MANAGER");
    browser.signIn(user, Api.USER_PASSWORD);
    assertThat(browser.path()).isEqualTo("/agent");

    new Select(browser.driver().findElement(By.id("role-switch"))).selectByValue("MANAGER");
    browser.waitForPath("/manager");
    browser.go("/");
    browser.waitForPath("/manager");

    browser.signOut();
    assertThat(browser.waitFor(By.id("signin-notice")).getText()).isEqualTo("您已退出。");
    browser.go("/manager");
    browser.waitForPath("/");
  }

  @Test
  void an_expired_session_brings_the_user_back_to_sign_in_with_a_message() throws Exception {
    String user = api.newUser(null, "MANAGER");
    browser.signIn(user, Api.USER_PASSWORD);
    try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        PreparedStatement expire =
            c.prepareStatement(
                "UPDATE console_session SET idle_until = TIMESTAMPADD(MINUTE, -1, UTC_TIMESTAMP(3))"
                    + " WHERE username = ?")) {
      expire.setString(1, user);
      assertThat(expire.executeUpdate()).isEqualTo(1);
    }

    browser.go("/manager");

    browser.waitForPath("/");
    assertThat(browser.waitFor(By.id("signin-notice")).getText()).isEqualTo("会话已过期，请重新登录。");
  }

  @Test
  void a_post_signed_in_by_the_cookie_without_the_csrf_token_or_with_a_forged_one_gets_403()
      throws Exception {
    String user = api.newUser(null, "AGENT", "MANAGER");
    browser.signIn(user, Api.USER_PASSWORD);
    String cookie =
        "followup_session="
            + browser.driver().manage().getCookieNamed("followup_session").getValue();
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

    HttpResponse<String> missing =
        http.send(post("/console/role", cookie, null), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> forged =
        http.send(post("/console/role", cookie, "forged"), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> apiCall =
        http.send(
            HttpRequest.newBuilder(URI.create(browser.base() + "/api/agent/state"))
                .header("Cookie", cookie)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"state\":\"READY\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(missing.statusCode()).isEqualTo(403);
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(apiCall.statusCode()).isEqualTo(403);
  }

  @Test
  void the_sign_in_form_posted_without_its_own_token_gets_403() throws Exception {
    HttpResponse<String> response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(browser.base() + "/signin"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "username=admin&password=" + Api.ADMIN_PASSWORD))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Set-Cookie").orElse(""))
        .doesNotContain("followup_session=");
  }

  @Test
  void the_session_cookie_is_http_only_and_same_site_and_no_request_leaves_the_app() {
    String user = api.newUser(null, "MANAGER");
    browser.signIn(user, Api.USER_PASSWORD);

    org.openqa.selenium.Cookie session =
        browser.driver().manage().getCookieNamed("followup_session");
    assertThat(session.isHttpOnly()).isTrue();
    assertThat(session.getSameSite()).isEqualTo("Lax");
    assertThat(browser.requestedUrls()).isNotEmpty();
    assertThat(browser.requestsOutsideTheApp()).isEmpty();
  }

  private HttpRequest post(String path, String cookie, String csrf) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(browser.base() + path))
            .header("Cookie", cookie)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("value=MANAGER"));
    if (csrf != null) {
      builder.header("X-CSRF-Token", csrf);
    }
    return builder.build();
  }
}
