package com.followup.bench.console;

import com.followup.bench.AppProcess;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One signed-in console user, as a browser is: the sign-in form (its {@code followup_signin} cookie
 * and hidden {@code csrf} field), then the {@code followup_session} cookie on every page; or a
 * bearer token from {@code POST /login} for the JSON API. Redirects are not followed.
 */
final class ConsoleClient {

  /** One timed response: the server's own time (Server-Timing app;dur) and the client's. */
  record Timed(int status, Double serverMs, double clientMs, int bytes, String body) {}

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\"\\s+value=\"([^\"]+)\"");
  private static final Pattern CSRF_REVERSED =
      Pattern.compile("value=\"([^\"]+)\"\\s+name=\"csrf\"");
  private static final Pattern DURATION = Pattern.compile("app;dur=([0-9.]+)");
  private static final Pattern TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

  private final AppProcess app;
  private final String cookie;
  private final String token;

  private ConsoleClient(AppProcess app, String cookie, String token) {
    this.app = app;
    this.cookie = cookie;
    this.token = token;
  }

  /** Signs in through the console's form and through {@code POST /login}. */
  static ConsoleClient signIn(AppProcess app, String username, String password) throws Exception {
    HttpResponse<String> form =
        HTTP.send(get(app, "/").build(), HttpResponse.BodyHandlers.ofString());
    String signInCookie = cookie(form, "followup_signin");
    String csrf = csrf(form.body());
    String body =
        Map.of("username", username, "password", password, "csrf", csrf, "zone", "Asia/Shanghai")
            .entrySet()
            .stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> signedIn =
        HTTP.send(
            HttpRequest.newBuilder(app.uri("/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "followup_signin=" + signInCookie)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (signedIn.statusCode() != 303) {
      throw new IllegalStateException(
          "sign-in of " + username + " gave " + signedIn.statusCode() + ": " + signedIn.body());
    }
    String session = cookie(signedIn, "followup_session");
    HttpResponse<String> login =
        HTTP.send(
            HttpRequest.newBuilder(app.uri("/login"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher token = TOKEN.matcher(login.body());
    if (!token.find()) {
      throw new IllegalStateException("login of " + username + " failed: " + login.body());
    }
    return new ConsoleClient(app, "followup_session=" + session, token.group(1));
  }

  String token() {
    return token;
  }

  /** A console page with the session cookie, as the browser asks for it. */
  Timed page(String path) throws Exception {
    return timed(get(app, path).header("Cookie", cookie).header("Accept", "text/html").build());
  }

  /** A JSON API read with the bearer token. */
  Timed api(String path) throws Exception {
    return timed(
        get(app, path)
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .build());
  }

  /** A JSON API write with the bearer token. */
  HttpResponse<String> send(String method, String path, String json) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(app.uri(path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static Timed timed(HttpRequest request) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    double clientMs = (System.nanoTime() - start) / 1e6;
    Double serverMs =
        response
            .headers()
            .firstValue("Server-Timing")
            .map(DURATION::matcher)
            .filter(Matcher::find)
            .map(m -> Double.parseDouble(m.group(1)))
            .orElse(null);
    return new Timed(
        response.statusCode(),
        serverMs,
        clientMs,
        response.body().getBytes(StandardCharsets.UTF_8).length,
        response.body());
  }

  private static HttpRequest.Builder get(AppProcess app, String path) {
    return HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(60)).GET();
  }

  private static String cookie(HttpResponse<?> response, String name) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("no " + name + " cookie: " + response.headers()));
  }

  private static String csrf(String page) {
    Matcher m = CSRF.matcher(page);
    if (m.find()) {
      return m.group(1);
    }
    Matcher reversed = CSRF_REVERSED.matcher(page);
    if (reversed.find()) {
      return reversed.group(1);
    }
    throw new IllegalStateException("no csrf field on the sign-in page");
  }
}
