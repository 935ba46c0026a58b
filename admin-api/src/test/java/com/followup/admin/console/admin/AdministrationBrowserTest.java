package com.followup.admin.console.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.console.Browser;
import com.followup.admin.support.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** An administrator keeps the dealers and the users, in a browser. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdministrationBrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  @Inject EmbeddedServer server;

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
    browser.size(1280, 900);
    browser.consoleErrors(); // what earlier tests left in the log
  }

  @AfterEach
  void nothingLeftTheApp() {
    assertThat(browser.requestsOutsideTheApp()).isEmpty();
  }

  @Test
  void an_admin_creates_a_dealer_user_who_signs_in_and_sees_only_its_own_dealer() {
    String other = api.newDealer("CN", "Asia/Shanghai");
    String code = "N" + UUID.randomUUID().toString().substring(0, 7).toUpperCase();
    String user = "dealer-" + code.toLowerCase();

    browser.signIn("admin", Api.ADMIN_PASSWORD);
    browser.driver().findElement(By.id("admin-new-dealer")).click();
    type(By.id("dealer-code"), code);
    type(By.id("dealer-name"), "乌鲁木齐汽车");
    new Select(browser.driver().findElement(By.id("dealer-country"))).selectByValue("CN");
    type(By.id("dealer-zone"), "Asia/Urumqi");
    browser.driver().findElement(By.id("dealer-save")).click();
    assertThat(browser.waitFor(By.id("dealer-done")).getText()).isEqualTo("经销商已登记。");
    browser.screenshot("admin-dealer-created-zh-1280");

    browser.go("/admin");
    browser.waitFor(By.id("admin-new-user")).click();
    type(By.id("user-username"), user);
    type(By.id("user-password"), Api.USER_PASSWORD);
    type(By.id("user-password2"), Api.USER_PASSWORD);
    browser.driver().findElement(By.id("role-DEALER")).click();
    browser.driver().findElement(By.id("role-AGENT")).click();
    new Select(browser.driver().findElement(By.id("user-dealer"))).selectByValue(code);
    browser.driver().findElement(By.id("user-create")).click();
    // a dealer user with a second role is refused next to the roles
    assertThat(browser.waitFor(By.id("roles-error")).getText()).isEqualTo("经销商用户不能兼任其他角色。");
    browser.screenshot("admin-user-refused-zh-1280");
    browser.driver().findElement(By.id("role-AGENT")).click();
    type(By.id("user-password"), Api.USER_PASSWORD);
    type(By.id("user-password2"), Api.USER_PASSWORD);
    browser.driver().findElement(By.id("user-create")).click();
    assertThat(browser.waitFor(By.id("user-done")).getText()).isEqualTo("用户已创建。");
    assertThat(browser.driver().findElement(By.id("role-DEALER")).isSelected()).isTrue();
    browser.screenshot("admin-user-created-zh-1280");
    browser.signOut();

    browser.signIn(user, Api.USER_PASSWORD);
    assertThat(browser.path()).isEqualTo("/dealer/" + code);
    assertThat(browser.driver().getPageSource()).contains("乌鲁木齐汽车").doesNotContain(other);
    browser.go("/dealer/" + other);
    assertThat(browser.waitFor(By.tagName("h1")).getText()).startsWith("403");
    browser.go("/admin/users/new");
    assertThat(browser.waitFor(By.tagName("h1")).getText()).startsWith("403");
    browser.screenshot("admin-dealer-user-403-zh-1280");
  }

  @Test
  void an_admin_disables_a_signed_in_user_whose_next_click_lands_on_the_sign_in_page() {
    String manager = api.newUser(null, "MANAGER");
    browser.signIn(manager, Api.USER_PASSWORD);
    assertThat(browser.path()).isEqualTo("/manager");
    Cookie managersSession = browser.driver().manage().getCookieNamed("followup_session");
    browser.driver().manage().deleteAllCookies();

    browser.signIn("admin", Api.ADMIN_PASSWORD);
    browser.go("/admin");
    browser.waitFor(By.cssSelector("tr[data-user='" + manager + "'] a")).click();
    WebElement toggle = browser.waitFor(By.id("user-toggle"));
    assertThat(toggle.getText()).isEqualTo("停用该用户");
    toggle.click();
    browser.until(ExpectedConditions.alertIsPresent(), WAIT).accept();
    assertThat(browser.waitFor(By.id("user-done")).getText()).isEqualTo("用户已停用，并已在各处退出。");
    assertThat(browser.driver().findElement(By.id("user-state")).getText()).isEqualTo("已停用");
    browser.screenshot("admin-user-disabled-zh-1280");

    // back in the manager's browser: the next click finds the session ended
    browser.driver().manage().deleteAllCookies();
    browser.driver().manage().addCookie(managersSession);
    browser.go("/manager");
    browser.waitFor(By.id("signin-submit"));
    assertThat(browser.path()).isEqualTo("/");
    assertThat(browser.driver().getCurrentUrl()).endsWith("?expired=1");
    browser.screenshot("admin-disabled-user-signed-out-zh-1280");
    assertThat(
            api.send(
                    HttpRequest.POST(
                        "/login",
                        java.util.Map.of("username", manager, "password", Api.USER_PASSWORD)),
                    null)
                .code())
        .isEqualTo(401);
  }

  @Test
  void an_admin_changes_a_dealers_zone_and_a_users_roles_and_password() {
    String dealer = api.newDealer("CN", "Asia/Shanghai");
    String user = api.newUser(null, "AGENT");

    browser.signIn("admin", Api.ADMIN_PASSWORD);
    browser.go("/admin/dealers/" + dealer);
    type(By.id("dealer-zone"), "Mars/Olympus");
    browser.driver().findElement(By.id("dealer-save")).click();
    assertThat(browser.waitFor(By.id("zone-error")).getText()).contains("Mars/Olympus");
    type(By.id("dealer-zone"), "Asia/Urumqi");
    browser.driver().findElement(By.id("dealer-save")).click();
    assertThat(browser.waitFor(By.id("dealer-done")).getText()).isEqualTo("经销商已保存。");
    assertThat(browser.driver().findElement(By.id("dealer-zone")).getAttribute("value"))
        .isEqualTo("Asia/Urumqi");

    browser.go("/admin/users/" + user);
    browser.waitFor(By.id("role-QA")).click();
    browser.driver().findElement(By.id("user-roles-save")).click();
    assertThat(browser.waitFor(By.id("user-done")).getText()).startsWith("角色已保存");
    assertThat(browser.driver().findElement(By.id("role-QA")).isSelected()).isTrue();
    type(By.id("reset-password"), "short");
    type(By.id("reset-password2"), "short");
    browser.driver().findElement(By.id("user-password-save")).click();
    assertThat(browser.waitFor(By.id("password-error")).getText()).startsWith("至少 8 个字符");
    type(By.id("reset-password"), "a-new-password-1");
    type(By.id("reset-password2"), "a-new-password-1");
    browser.driver().findElement(By.id("user-password-save")).click();
    browser.waitForText(By.id("user-done"), "密码已设置", WAIT);
    browser.screenshot("admin-user-edited-zh-1280");
    assertThat(api.login(user, "a-new-password-1")).isNotBlank();
    assertThat(browser.consoleErrors()).allSatisfy(e -> assertThat(e).contains("422"));
  }

  private void type(By field, String text) {
    WebElement input = browser.waitFor(field);
    input.clear();
    input.sendKeys(text);
  }
}
