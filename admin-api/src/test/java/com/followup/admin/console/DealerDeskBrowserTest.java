package com.followup.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The dealer's desk in a real browser: uploads, rejected rows, records, both languages. */
@MicronautTest
@Property(name = "followup.ingest.max-upload-size", value = "64KB")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DealerDeskBrowserTest {

  static final String HEADER = "record_type,record_id,event_time,customer_name,phone,product\n";
  static final Duration WAIT = Duration.ofSeconds(20);

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient client;

  Api api;
  Browser browser;
  Path files;

  @BeforeAll
  void openBrowser() throws IOException {
    api = new Api(client.toBlocking());
    browser = Browser.open(server.getURL().toString(), "en-US,en;q=0.9");
    files = Files.createDirectories(Path.of("target", "dealer-desk-files").toAbsolutePath());
  }

  @AfterAll
  void closeBrowser() {
    browser.close();
  }

  /** A new Chinese dealer and its DEALER user, signed in; returns the dealer's code. */
  private String signedInDealer() {
    String dealer = api.newDealer("CN", "Asia/Shanghai");
    String user = api.newUser(dealer, "DEALER");
    browser.driver().manage().deleteAllCookies();
    browser.signIn(user, Api.USER_PASSWORD);
    browser.waitForPath("/dealer/" + dealer);
    // start each test with an empty console log (an earlier test's refused upload logs a 4xx)
    browser.consoleErrors();
    return dealer;
  }

  private Path file(String name, String content, Charset charset) throws IOException {
    return Files.write(files.resolve(name), content.getBytes(charset));
  }

  private void choose(Path file) {
    browser.driver().findElement(By.id("upload-file")).sendKeys(file.toString());
  }

  private void uploadAndWait(Path file) {
    choose(file);
    browser.driver().findElement(By.id("upload-submit")).click();
    browser.waitFor(By.id("upload-summary"), WAIT);
  }

  /** A GET with the browser's session cookie, as the browser's own download would send it. */
  private java.net.http.HttpResponse<String> fetch(String path) {
    String cookie =
        "followup_session="
            + browser.driver().manage().getCookieNamed("followup_session").getValue();
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(
              java.net.http.HttpRequest.newBuilder(java.net.URI.create(browser.base() + path))
                  .header("Cookie", cookie)
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private String text(String id) {
    return browser.driver().findElement(By.id(id)).getText();
  }

  private String uploadError() {
    return browser.waitFor(By.id("upload-error")).getText();
  }

  @Test
  void a_dealer_uploads_a_csv_file_with_a_bad_row_and_sees_the_summary_and_the_row_on_the_page()
      throws IOException {
    String dealer = signedInDealer();
    Path csv =
        file(
            "one-bad-row.csv",
            HEADER
                + "PURCHASE,A-1,2026-11-19,Ann,13812345678,Model S\n"
                + "PURCHASE,A-2,2026-11-19,Bob,12ab,\n",
            StandardCharsets.UTF_8);

    uploadAndWait(csv);

    assertThat(text("count-received")).isEqualTo("2");
    assertThat(text("count-accepted")).isEqualTo("1");
    assertThat(text("count-updated")).isEqualTo("0");
    assertThat(text("count-duplicates")).isEqualTo("0");
    assertThat(text("count-rejected")).isEqualTo("1");
    WebElement row = browser.driver().findElement(By.cssSelector("#errors-table tbody tr"));
    assertThat(row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
        .containsExactly("3", "phone", "not a phone number: '12ab'");
    assertThat(browser.driver().switchTo().activeElement().getTagName()).isEqualTo("h2");
    browser.screenshot("dealer-upload-summary-zh-1280");

    String download =
        browser.driver().findElement(By.id("rejected-download")).getDomAttribute("href");
    java.net.http.HttpResponse<String> rejected = fetch(download);
    assertThat(rejected.statusCode()).isEqualTo(200);
    assertThat(rejected.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(rejected.body().lines().toList())
        .hasSize(2)
        .last()
        .satisfies(line -> assertThat(line).contains("A-2", "12ab", "not a phone number"));

    browser.driver().findElement(By.id("upload-link")).click();
    browser.waitFor(By.id("errors-table"));
    assertThat(browser.path()).startsWith("/dealer/" + dealer + "/uploads/");
    assertThat(text("errors-table")).contains("not a phone number: '12ab'");
  }

  @Test
  void a_file_dropped_on_the_drop_zone_is_uploaded_like_a_chosen_one() {
    signedInDealer();
    browser
        .driver()
        .executeScript(
            "var dt = new DataTransfer();"
                + "dt.items.add(new File([arguments[0]], 'dropped.csv', {type: 'text/csv'}));"
                + "var zone = document.getElementById('drop-zone');"
                + "['dragenter', 'dragover', 'drop'].forEach(function (n) {"
                + "  zone.dispatchEvent(new DragEvent(n, {bubbles: true, cancelable: true,"
                + "    dataTransfer: dt}));"
                + "});",
            HEADER + "PURCHASE,D-1,2026-11-19,Dora,13812345679,\n");

    assertThat(text("upload-chosen")).contains("dropped.csv");
    browser.driver().findElement(By.id("upload-submit")).click();
    browser.waitFor(By.id("upload-summary"), WAIT);

    assertThat(text("count-accepted")).isEqualTo("1");
    assertThat(text("errors-none")).isEqualTo("没有被拒收的行。");
  }

  @Test
  void a_gb18030_file_is_recognised_and_its_chinese_names_arrive_intact() throws IOException {
    String dealer = signedInDealer();
    Path csv =
        file(
            "gb18030.csv",
            HEADER + "PURCHASE,G-1,2026-11-19,张三,13812345670,轿车\n",
            Charset.forName("GB18030"));

    uploadAndWait(csv);

    assertThat(text("upload-chosen")).contains("GB18030");
    assertThat(text("count-accepted")).isEqualTo("1");
    browser.go("/dealer/" + dealer + "/records?id=G-1");
    assertThat(browser.waitFor(By.id("record-customer")).getText()).isEqualTo("张三");
  }

  @Test
  void
      a_wrong_file_type_an_excel_workbook_an_empty_file_and_a_too_large_file_are_refused_on_the_page()
          throws IOException {
    String dealer = signedInDealer();
    WebElement submit = browser.driver().findElement(By.id("upload-submit"));

    choose(Files.write(files.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
    assertThat(uploadError()).isEqualTo("不接受这种文件：请选择 .csv 文件（UTF-8 或 GB18030）或 .json 文件。");
    assertThat(submit.isEnabled()).isFalse();

    choose(Files.write(files.resolve("records.xlsx"), new byte[] {'P', 'K', 3, 4}));
    assertThat(uploadError()).startsWith("不接受 Excel 工作簿");
    browser.screenshot("dealer-upload-excel-refused-zh-1280");

    choose(file("empty.csv", "", StandardCharsets.UTF_8));
    assertThat(uploadError()).isEqualTo("文件是空的，没有可上传的内容。");

    choose(file("large.csv", HEADER + "x".repeat(70 * 1024), StandardCharsets.UTF_8));
    assertThat(uploadError()).isEqualTo("文件超过 64 KB：请拆分成较小的文件。");
    assertThat(submit.isEnabled()).isFalse();

    assertThat(
            Api.body(
                api.send(
                    io.micronaut.http.HttpRequest.GET("/api/dealers/" + dealer + "/uploads"),
                    api.adminToken())))
        .isEqualTo("[]");
  }

  @Test
  void a_file_the_server_refuses_as_a_whole_shows_the_servers_reason() throws IOException {
    signedInDealer();
    choose(file("no-phone.csv", "record_type,record_id,event_time\nPURCHASE,1,2026-11-19\n", UTF8));
    browser.driver().findElement(By.id("upload-submit")).click();

    String error = uploadError();
    assertThat(error).startsWith("整个文件被拒收");
    assertThat(error).contains("missing required column(s): customer_name, phone");
  }

  static final Charset UTF8 = StandardCharsets.UTF_8;

  @Test
  void a_connection_lost_or_an_upload_cancelled_midway_is_told_plainly() throws IOException {
    String dealer = signedInDealer();
    StringBuilder rows = new StringBuilder(HEADER);
    for (int i = 0; rows.length() < 60 * 1024; i++) {
      rows.append("PURCHASE,S-").append(i).append(",2026-11-19,Slow ").append(i);
      rows.append(',').append(13_800_000_000L + i).append(",\n");
    }
    Path csv = file("slow.csv", rows.toString(), UTF8);
    ChromiumNetworkConditions slow = new ChromiumNetworkConditions();
    slow.setUploadThroughput(6 * 1024);
    slow.setDownloadThroughput(1024 * 1024);
    slow.setLatency(Duration.ofMillis(5));
    try {
      browser.driver().setNetworkConditions(slow);
      choose(csv);
      browser.driver().findElement(By.id("upload-submit")).click();
      WebElement cancel = browser.waitFor(By.id("upload-cancel"));
      browser.waitFor(By.id("upload-progress"));
      cancel.click();
      assertThat(uploadError()).isEqualTo("上传已取消，未保留任何内容。");

      ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
      offline.setOffline(true);
      browser.driver().setNetworkConditions(offline);
      browser.driver().findElement(By.id("upload-submit")).click();
      assertThat(browser.waitFor(By.id("upload-error"), WAIT).getText())
          .isEqualTo("上传过程中连接中断。未完成的上传不会保留任何内容，请重新上传该文件。");
    } finally {
      browser.driver().deleteNetworkConditions();
    }
    browser.screenshot("dealer-upload-dropped-zh-1280");
    assertThat(
            Api.body(
                api.send(
                    io.micronaut.http.HttpRequest.GET("/api/dealers/" + dealer + "/records/S-0"),
                    api.adminToken())))
        .doesNotContain("\"recordId\":\"S-0\"");
  }

  @Test
  void rejected_rows_are_paged_fifty_at_a_time() throws IOException {
    signedInDealer();
    StringBuilder rows = new StringBuilder(HEADER);
    for (int i = 0; i < 120; i++) {
      rows.append("PURCHASE,P-").append(i).append(",2026-11-19,Pat,bad").append(i).append(",\n");
    }

    uploadAndWait(file("many-bad.csv", rows.toString(), UTF8));

    assertThat(text("count-rejected")).isEqualTo("120");
    assertThat(browser.driver().findElements(By.cssSelector("#errors-table tbody tr"))).hasSize(50);
    assertThat(text("errors-range")).isEqualTo("第 1–50 条，共 120 条");
    browser.driver().findElement(By.id("errors-next")).click();
    browser.waitForText(By.id("errors-range"), "第 51–100 条", WAIT);
    assertThat(text("errors-table")).contains("not a phone number: 'bad50'");
    browser.driver().findElement(By.id("errors-next")).click();
    browser.waitForText(By.id("errors-range"), "第 101–120 条", WAIT);
    assertThat(browser.driver().findElement(By.id("errors-next")).getDomAttribute("aria-disabled"))
        .isEqualTo("true");
  }

  @Test
  void a_customer_named_like_a_script_shows_as_text_on_the_record_page_found_by_its_id() {
    String dealer = signedInDealer();
    api.uploadPurchase(
        dealer,
        "X-1",
        "<script>alert(1)</script>",
        Duration.ofHours(1),
        ZoneId.of("Asia/Shanghai"));

    browser.driver().findElement(By.id("tab-records")).click();
    browser.waitFor(By.id("record-id")).sendKeys("X-1", Keys.ENTER);

    assertThat(browser.waitFor(By.id("record-customer")).getText())
        .isEqualTo("<script>alert(1)</script>");
    assertThat(browser.driver().findElements(By.cssSelector("#followups-table tbody tr td")))
        .extracting(WebElement::getText)
        .anySatisfy(cell -> assertThat(cell).contains("purchase"));
    assertThat(browser.consoleErrors()).isEmpty();
    browser.screenshot("dealer-record-zh-1280");

    browser.driver().findElement(By.id("record-id")).clear();
    browser.driver().findElement(By.id("record-id")).sendKeys("NOPE", Keys.ENTER);
    assertThat(browser.waitFor(By.id("record-missing")).getText()).isEqualTo("没有编号为“NOPE”的记录。");
  }

  @Test
  void the_progress_table_shows_the_counts_the_api_gives_per_campaign_and_step() throws Exception {
    String dealer = signedInDealer();
    String night = com.followup.admin.support.Zones.whereItIsNow(2);
    String yesterday = java.time.LocalDate.now(ZoneId.of(night)).minusDays(1) + " 10:30";
    String longAgo = java.time.LocalDate.now(ZoneId.of(night)).minusDays(40) + " 10:30";
    StringBuilder csv = new StringBuilder(HEADER.strip() + ",timezone\n");
    for (int i = 0; i < 3; i++) {
      csv.append("PURCHASE,N-").append(i).append(',').append(yesterday).append(",Nina,");
      csv.append(13_812_340_000L + i).append(",,").append(night).append('\n');
    }
    for (int i = 0; i < 2; i++) {
      csv.append("PURCHASE,O-").append(i).append(',').append(longAgo).append(",Otto,");
      csv.append(13_812_350_000L + i).append(",,").append(night).append('\n');
    }
    uploadAndWait(file("progress.csv", csv.toString(), UTF8));
    assertThat(text("count-accepted")).isEqualTo("5");

    java.net.http.HttpResponse<String> api = fetch("/api/dealers/" + dealer + "/progress");
    browser.driver().findElement(By.id("tab-progress")).click();
    browser.waitFor(By.id("progress-table"));

    com.fasterxml.jackson.databind.JsonNode steps =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(api.body());
    assertThat(steps.size()).isGreaterThan(0);
    List<WebElement> rows =
        browser.driver().findElements(By.cssSelector("#progress-table tbody tr[data-step]"));
    assertThat(rows).hasSize(steps.size());
    long missedLate = 0;
    for (int i = 0; i < steps.size(); i++) {
      com.fasterxml.jackson.databind.JsonNode step = steps.get(i);
      WebElement row = rows.get(i);
      assertThat(row.getDomAttribute("data-campaign")).isEqualTo(step.get("campaign").asText());
      assertThat(row.getDomAttribute("data-step")).isEqualTo(step.get("step").asText());
      for (String count :
          List.of(
              "scheduled", "due", "dialing", "completed", "missed", "missedLate", "cancelled")) {
        assertThat(row.findElement(By.cssSelector("[data-count='" + count + "']")).getText())
            .as(step.get("campaign").asText() + " step " + step.get("step") + " " + count)
            .isEqualTo(step.get(count).asText());
      }
      missedLate += step.get("missedLate").asLong();
    }
    assertThat(missedLate).isGreaterThanOrEqualTo(2);
    assertThat(text("progress-table")).contains("After purchase");
    browser.screenshot("dealer-progress-zh-1280");
  }

  @Test
  void a_dealer_user_cannot_open_another_dealers_desk() {
    signedInDealer();
    String other = api.newDealer("CN", "Asia/Shanghai");

    browser.go("/dealer/" + other);

    assertThat(browser.waitFor(By.tagName("h1")).getText()).contains("403");
    browser.go("/dealer/" + other + "/records?id=A-1");
    assertThat(browser.waitFor(By.tagName("h1")).getText()).contains("403");
  }

  @Test
  void the_desk_reads_in_chinese_and_in_english_at_1280_and_768_pixels() throws IOException {
    String dealer = signedInDealer();
    api.uploadPurchase(dealer, "L-1", "李四", Duration.ofHours(2), ZoneId.of("Asia/Shanghai"));
    uploadAndWait(
        file(
            "languages.csv",
            HEADER + "PURCHASE,L-2,2026-11-19,王五,13812345671,\nPURCHASE,L-3,bad,赵六,138,\n",
            UTF8));
    String upload = browser.driver().findElement(By.id("upload-link")).getDomAttribute("href");
    List<String> pages =
        List.of(
            "/dealer/" + dealer,
            upload,
            "/dealer/" + dealer + "/records?id=L-1",
            "/dealer/" + dealer + "/progress");
    try {
      for (String lang : List.of("zh", "en")) {
        if (lang.equals("en")) {
          new Select(browser.driver().findElement(By.id("lang-switch"))).selectByValue("en");
          browser.waitForText(By.tagName("h1"), "Dealer desk", WAIT);
        }
        for (int width : List.of(1280, 768)) {
          browser.size(width, 1000);
          for (String page : pages) {
            browser.go(page);
            String h1 = browser.waitFor(By.tagName("h1")).getText();
            assertThat(h1).startsWith(lang.equals("zh") ? "经销商工作台" : "Dealer desk");
            String name =
                page.contains("/uploads/")
                    ? "upload"
                    : page.contains("records")
                        ? "record"
                        : page.contains("progress") ? "progress" : "desk";
            browser.screenshot("dealer-" + name + "-" + lang + "-" + width);
          }
        }
      }
      assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"))
          .isEqualTo("en");
    } finally {
      browser.size(1280, 900);
      browser.driver().manage().deleteCookieNamed(ConsoleLocales.COOKIE);
    }
  }

  @Test
  void keyboard_users_tab_to_the_labelled_file_input_and_see_where_focus_is() {
    signedInDealer();
    String reached = null;
    for (int i = 0; i < 30 && !"upload-file".equals(reached); i++) {
      browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
      reached = browser.driver().switchTo().activeElement().getDomAttribute("id");
    }

    assertThat(reached).isEqualTo("upload-file");
    WebElement input = browser.driver().switchTo().activeElement();
    assertThat(
            (String)
                browser
                    .driver()
                    .executeScript("return getComputedStyle(arguments[0]).outlineStyle", input))
        .isEqualTo("solid");
    assertThat(browser.driver().findElement(By.cssSelector("label[for='upload-file']")).getText())
        .contains("把文件拖到这里");
    browser.screenshot("dealer-desk-keyboard-focus-zh-1280");
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void no_request_leaves_the_app() {
    signedInDealer();
    new WebDriverWait(browser.driver(), WAIT).until(d -> !browser.requestedUrls().isEmpty());
    assertThat(browser.requestedUrls()).isNotEmpty();
    assertThat(browser.requestsOutsideTheApp()).isEmpty();
  }
}
