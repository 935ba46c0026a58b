package com.followup.admin.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium for a test class, driven through Debian's chromedriver (no browser
 * download), with its network log kept so tests can assert that no request leaves the app.
 */
public final class Browser implements AutoCloseable {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final ChromeDriver driver;
  private final String base;
  private final List<String> requested = new ArrayList<>();

  private Browser(ChromeDriver driver, String base) {
    this.driver = driver;
    this.base = base;
  }

  /** A browser whose user prefers the given languages (an Accept-Language value). */
  public static Browser open(String baseUrl, String acceptLanguage) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(executable("chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--window-size=1280,900",
        "--lang=" + acceptLanguage.split(",")[0],
        "--accept-lang=" + acceptLanguage.replaceAll(";q=[0-9.]+", ""));
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(executable("chromedriver", "/usr/bin/chromedriver")).toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    return new Browser(driver, baseUrl.replaceAll("/$", ""));
  }

  private static String executable(String name, String fallback) {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return fallback;
  }

  public ChromeDriver driver() {
    return driver;
  }

  public String base() {
    return base;
  }

  public void go(String path) {
    driver.get(base + path);
  }

  public String path() {
    return java.net.URI.create(driver.getCurrentUrl()).getPath();
  }

  public WebElement waitFor(By by) {
    return waitFor(by, Duration.ofSeconds(10));
  }

  public WebElement waitFor(By by, Duration timeout) {
    return until(ExpectedConditions.visibilityOfElementLocated(by), timeout);
  }

  public void waitForText(By by, String text, Duration timeout) {
    until(ExpectedConditions.textToBePresentInElementLocated(by, text), timeout);
  }

  public void waitForPath(String path) {
    until(d -> path().equals(path), Duration.ofSeconds(10));
  }

  /**
   * Waits for a condition; on a time-out keeps a screenshot of what the page showed instead. An
   * element that htmx swapped out while the condition read it is read again on the next poll.
   */
  public <T> T until(
      java.util.function.Function<? super WebDriver, T> condition, Duration timeout) {
    try {
      return new WebDriverWait(driver, timeout)
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(
              d -> {
                try {
                  return condition.apply(d);
                } catch (org.openqa.selenium.WebDriverException e) {
                  // Chromium's way of saying stale while htmx swaps the node: read it again
                  if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return null;
                  }
                  throw e;
                }
              });
    } catch (TimeoutException e) {
      screenshot("timeout-" + System.currentTimeMillis());
      throw e;
    }
  }

  /** Signs in through the form, as a person would. */
  public void signIn(String username, String password) {
    go("/");
    waitFor(By.id("username")).clear();
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("signin-submit")).click();
    until(d -> !path().equals("/") && !path().equals("/signin"), Duration.ofSeconds(10));
  }

  public void signOut() {
    driver.findElement(By.cssSelector("form[hx-post='/signout'] button")).click();
    waitFor(By.id("username"));
  }

  public void size(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** Saves a screenshot under target/screenshots (kept as a test artifact). */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every URL the browser has requested so far (pages, scripts, styles, XHR, event streams). */
  public List<String> requestedUrls() {
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      String message = entry.getMessage();
      if (message.contains("\"Network.requestWillBeSent\"")) {
        int at = message.indexOf("\"url\":\"");
        if (at >= 0) {
          int end = message.indexOf('"', at + 7);
          requested.add(message.substring(at + 7, end));
        }
      }
    }
    return List.copyOf(requested);
  }

  /**
   * The requests that went anywhere but this app. Inline {@code data:} and {@code blob:} URLs (the
   * browser's own icons, for one) fetch nothing from anywhere, so they do not count.
   */
  public List<String> requestsOutsideTheApp() {
    return requestedUrls().stream()
        .filter(url -> !url.startsWith(base + "/") && !url.equals(base))
        .filter(url -> !url.startsWith("data:") && !url.startsWith("blob:"))
        .toList();
  }

  /** What the page logged to its console (errors such as a missing favicon or a CSP refusal). */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
