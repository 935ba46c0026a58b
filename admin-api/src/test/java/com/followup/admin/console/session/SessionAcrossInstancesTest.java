package com.followup.admin.console.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one database, as behind a load balancer: a console session opened on one is
 * served by the other, also after the first has stopped, and signing out on one ends it on both.
 */
class SessionAcrossInstancesTest {

  private static final Map<String, Object> PROPERTIES =
      Map.of(
          // the jobs are not what this test is about, and must not take other tests' loops
          "followup.scheduler.name", "session-cluster-test", "followup.scheduler.enabled", "false");

  private final HttpClient http = HttpClient.newHttpClient();
  private EmbeddedServer first;
  private EmbeddedServer second;

  @AfterEach
  void stop() {
    for (EmbeddedServer server : new EmbeddedServer[] {first, second}) {
      if (server != null && server.isRunning()) {
        server.getApplicationContext().close();
      }
    }
  }

  private static EmbeddedServer start() {
    return ApplicationContext.run(EmbeddedServer.class, PROPERTIES, Environment.TEST);
  }

  @Test
  void a_session_signed_in_on_one_instance_keeps_working_on_another_after_the_first_stops()
      throws Exception {
    first = start();
    second = start();
    String cookie = signIn(first, "admin", "admin-test-password");

    HttpResponse<String> home = get(second, "/", cookie);
    assertThat(home.statusCode()).isEqualTo(303);
    String page = home.headers().firstValue("Location").orElseThrow();
    assertThat(get(second, page, cookie).statusCode()).isEqualTo(200);

    first.getApplicationContext().close();

    HttpResponse<String> afterStop = get(second, page, cookie);
    assertThat(afterStop.statusCode()).isEqualTo(200);
    assertThat(afterStop.body()).doesNotContain("name=\"password\"");
    // without the cookie, the same page is not served
    assertThat(get(second, page, null).statusCode()).isNotEqualTo(200);
  }

  @Test
  void signing_out_on_one_instance_ends_the_session_on_the_other() throws Exception {
    first = start();
    second = start();
    String cookie = signIn(first, "admin", "admin-test-password");
    String page = get(first, "/", cookie).headers().firstValue("Location").orElseThrow();
    HttpResponse<String> signedIn = get(second, page, cookie);
    assertThat(signedIn.statusCode()).isEqualTo(200);
    Matcher csrf = Pattern.compile("data-csrf=\"([^\"]+)\"").matcher(signedIn.body());
    assertThat(csrf.find()).isTrue();

    HttpResponse<String> out =
        http.send(
            HttpRequest.newBuilder(URI.create(second.getURL() + "/signout"))
                .header("Cookie", cookie)
                .header("X-CSRF-Token", csrf.group(1))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(out.statusCode()).isEqualTo(303);

    assertThat(get(first, page, cookie).statusCode()).isNotEqualTo(200);
    assertThat(get(first, "/", cookie).statusCode()).isEqualTo(200); // the sign-in page again
  }

  private HttpResponse<String> get(EmbeddedServer server, String path, String cookie)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("Accept-Language", "en");
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Signs in through the sign-in form over HTTP; returns the session's Cookie header. */
  private String signIn(EmbeddedServer server, String username, String password) throws Exception {
    HttpResponse<String> page = get(server, "/", null);
    String signInCookie = cookie(page, "followup_signin");
    Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.body());
    assertThat(csrf.find()).isTrue();
    String form =
        "csrf=" + enc(csrf.group(1)) + "&username=" + enc(username) + "&password=" + enc(password);
    HttpResponse<String> signedIn =
        http.send(
            HttpRequest.newBuilder(URI.create(server.getURL() + "/signin"))
                .header("Cookie", signInCookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).isEqualTo(303);
    return cookie(signedIn, "followup_session");
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String cookie(HttpResponse<String> response, String name) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cookie " + name));
  }
}
