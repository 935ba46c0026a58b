package com.followup.admin.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The console over plain HTTP, as a browser without scripts: the sign-in form, then pages. */
public final class ConsoleClient {

  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private static final Pattern CSRF_BODY = Pattern.compile("data-csrf=\"([^\"]+)\"");

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  public ConsoleClient(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** A signed-in session: its Cookie header and the CSRF token its pages carry. */
  public record Session(String cookie, String csrf) {}

  /** Posts the sign-in form; the response (303 on success, 401 or 429 otherwise). */
  public HttpResponse<String> submitSignIn(String username, String password) {
    HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/")).build());
    String signInCookie = cookie(page, "followup_signin").orElseThrow();
    Matcher csrf = CSRF_FIELD.matcher(page.body());
    if (!csrf.find()) {
      throw new AssertionError("no csrf field on the sign-in page");
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("csrf", csrf.group(1));
    form.put("username", username);
    form.put("password", password);
    return send(
        HttpRequest.newBuilder(uri("/signin"))
            .header("Cookie", signInCookie)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
            .build());
  }

  /** Signs in (fails unless the form answers 303) and reads the session's CSRF token. */
  public Session signIn(String username, String password) {
    HttpResponse<String> signedIn = submitSignIn(username, password);
    if (signedIn.statusCode() != 303) {
      throw new AssertionError("sign-in of " + username + ": " + signedIn.statusCode());
    }
    String cookie = cookie(signedIn, "followup_session").orElseThrow();
    HttpResponse<String> page = get(new Session(cookie, ""), "/", false);
    for (int hops = 0; hops < 4 && page.statusCode() / 100 == 3; hops++) {
      page = get(new Session(cookie, ""), page.headers().firstValue("Location").orElse("/"), false);
    }
    Matcher csrf = CSRF_BODY.matcher(page.body());
    return new Session(cookie, csrf.find() ? csrf.group(1) : "");
  }

  public HttpResponse<String> get(Session session, String path, boolean htmx) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
    if (session != null) {
      request.header("Cookie", session.cookie());
    }
    if (htmx) {
      request.header("HX-Request", "true");
    }
    return send(request.build());
  }

  /** Any method with a form body, the session's cookie and CSRF header, as htmx sends it. */
  public HttpResponse<String> send(Session session, String method, String path, String form) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("HX-Request", "true")
            .method(method, HttpRequest.BodyPublishers.ofString(form));
    if (session != null) {
      request.header("Cookie", session.cookie()).header("X-CSRF-Token", session.csrf());
    }
    return send(request.build());
  }

  public static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Optional<String> cookie(HttpResponse<String> response, String name) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
        .findFirst();
  }
}
