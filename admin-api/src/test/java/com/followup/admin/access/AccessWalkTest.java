package com.followup.admin.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import com.followup.admin.support.ConsoleClient;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every route of the server × every role (and anonymous) against the table in {@code
 * access/routes.txt}: the roles it names get through, every other caller is refused.
 */
@MicronautTest(transactional = false)
class AccessWalkTest {

  enum Who {
    ADMIN,
    MANAGER,
    QA,
    AGENT,
    DEALER,
    DEPARTMENT,
    ANONYMOUS
  }

  record Route(String method, String path, String consumes) implements Comparable<Route> {
    Route(String method, String path) {
      this(method, path, null);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Route r && r.method.equals(method) && r.path.equals(path);
    }

    @Override
    public int hashCode() {
      return (method + " " + path).hashCode();
    }

    @Override
    public String toString() {
      return method + " " + path;
    }

    @Override
    public int compareTo(Route o) {
      // signing out ends the walker's session: walk it last
      int last = Boolean.compare(path.equals("/signout"), o.path.equals("/signout"));
      return last != 0 ? last : (path + method).compareTo(o.path + o.method);
    }
  }

  @Inject Router router;
  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient client;

  private final java.net.http.HttpClient http =
      java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Map<Who, String> tokens = new EnumMap<>(Who.class);
  private final Map<Who, ConsoleClient.Session> sessions = new EnumMap<>(Who.class);
  private String dealer;
  private String department;

  @BeforeEach
  void setUp() {
    Api api = new Api(client.toBlocking());
    dealer = api.newDealer("CN", "Asia/Shanghai");
    department = "ACC" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String admin = api.adminToken();
    api.send(
        io.micronaut.http.HttpRequest.PUT(
            "/api/departments/" + department, Map.of("name", "Walk " + department)),
        admin);
    String departmentUser = "department-" + UUID.randomUUID().toString().substring(0, 8);
    api.send(
        io.micronaut.http.HttpRequest.POST(
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
    ConsoleClient console = new ConsoleClient(server.getURL().toString());
    for (Who who : Who.values()) {
      if (who == Who.ANONYMOUS) {
        continue;
      }
      String name =
          switch (who) {
            case DEPARTMENT -> departmentUser;
            case DEALER -> api.newUser(dealer, "DEALER");
            default -> api.newUser(null, who.name());
          };
      tokens.put(who, api.login(name, Api.USER_PASSWORD));
      sessions.put(who, console.signIn(name, Api.USER_PASSWORD));
    }
  }

  @Test
  void every_route_lets_in_exactly_the_roles_its_table_row_names() throws Exception {
    Map<Route, Set<String>> table = table();
    Set<Route> served = new TreeSet<>();
    for (UriRouteInfo<?, ?> route : router.uriRoutes().toList()) {
      if (route.getHttpMethod() != HttpMethod.HEAD) {
        String consumes =
            route.getConsumes().stream()
                .map(t -> t.toString())
                .filter(t -> !t.equals("*/*"))
                .findFirst()
                .orElse(null);
        served.add(
            new Route(
                route.getHttpMethodName(), route.getUriMatchTemplate().toPathString(), consumes));
      }
    }
    List<String> wrong = new ArrayList<>();
    served.stream()
        .filter(r -> !table.containsKey(r))
        .forEach(r -> wrong.add(r + ": served but not in access/routes.txt"));
    table.keySet().stream()
        .filter(r -> !served.contains(r))
        .forEach(r -> wrong.add(r + ": in access/routes.txt but not served"));
    for (Route route : served) {
      Set<String> allowed = table.get(route);
      if (allowed == null) {
        continue;
      }
      for (Who who : Who.values()) {
        int status = call(route, who);
        String verdict = verdict(route, who, allowed, status);
        if (verdict != null) {
          wrong.add(route + " as " + who + ": " + status + " (" + verdict + ")");
        }
      }
    }

    assertThat(wrong).isEmpty();
  }

  @Test
  void an_unknown_path_is_404_for_every_caller_signed_in_or_not() throws Exception {
    for (Who who : Who.values()) {
      assertThat(call(new Route("GET", "/api/no-such-thing"), who)).as("api " + who).isEqualTo(404);
      assertThat(call(new Route("GET", "/no/such/page"), who)).as("page " + who).isEqualTo(404);
    }
  }

  private static String verdict(Route route, Who who, Set<String> allowed, int status) {
    if (status >= 500) {
      return "a server error";
    }
    if (allowed.contains("ANON")) {
      return null; // public forms answer their own 400/401/403 (a missing CSRF token, a bad login)
    }
    boolean refused = status == 401 || status == 403 || status == 303;
    if (allowed.contains(who.name() + "?")) {
      return null; // let in, but only to its own records: a made-up id may be refused
    }
    boolean lets =
        who != Who.ANONYMOUS && (allowed.contains("AUTH") || allowed.contains(who.name()));
    if (lets && refused) {
      return "should get through";
    }
    if (!lets && !refused) {
      return "should be refused";
    }
    return null;
  }

  private int call(Route route, Who who) throws Exception {
    String path = fill(route.path(), who) + query(route.path());
    boolean console = isConsole(route.path());
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.getURL() + path)).timeout(Duration.ofSeconds(20));
    boolean write = !route.method().equals("GET") && !route.method().equals("DELETE");
    if (console) {
      ConsoleClient.Session session = sessions.get(who);
      if (session != null) {
        request.header("Cookie", session.cookie()).header("X-CSRF-Token", session.csrf());
      }
      request.method(
          route.method(),
          write
              ? HttpRequest.BodyPublishers.ofString(
                  route.path().startsWith("/tickets") ? "dealerCode=" + dealer : "")
              : HttpRequest.BodyPublishers.noBody());
      if (write) {
        request.header("Content-Type", contentType(route, "application/x-www-form-urlencoded"));
      }
    } else {
      String token = tokens.get(who);
      if (token != null) {
        request.header("Authorization", "Bearer " + token);
      }
      request.method(
          route.method(),
          write
              ? HttpRequest.BodyPublishers.ofString(
                  route.path().startsWith("/api/tickets")
                      ? "{\"dealerCode\":\"" + dealer + "\"}"
                      : "{}",
                  StandardCharsets.UTF_8)
              : HttpRequest.BodyPublishers.noBody());
      if (write) {
        request.header("Content-Type", contentType(route, "application/json"));
      }
    }
    // headers are enough: event streams never end, so the body is closed unread
    HttpResponse<InputStream> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream ignored = response.body()) {
      int status = response.statusCode();
      if (status == 303 && !signInRedirect(response)) {
        return 200; // a console redirect elsewhere (a signed-in user sent to their home)
      }
      return status;
    } catch (UncheckedIOException closed) {
      return response.statusCode();
    }
  }

  /** What the route reads (a CSV import, a multipart file), else the usual form or JSON. */
  private static String contentType(Route route, String usual) {
    if (route.consumes() == null || route.consumes().equals(usual)) {
      return usual;
    }
    return route.consumes().startsWith("multipart/")
        ? "multipart/form-data; boundary=walk"
        : route.consumes();
  }

  /** The query a route needs to be asked at all (a DEALER names its own dealer). */
  private String query(String template) {
    return template.equals("/api/followups") ? "?dealer=" + dealer + "&recordId=none" : "";
  }

  private static boolean signInRedirect(HttpResponse<?> response) {
    String to = response.headers().firstValue("Location").orElse("");
    return to.equals("/") || to.startsWith("/?expired") || to.startsWith("/signin");
  }

  private static boolean isConsole(String path) {
    return !path.startsWith("/api/")
        && !path.equals("/login")
        && !path.startsWith("/token_info")
        && !Set.of(
                "/beans",
                "/flyway",
                "/health",
                "/info",
                "/metrics",
                "/prometheus",
                "/routes",
                "/threaddump")
            .contains(path.replaceAll("/\\{.*$", ""));
  }

  private String fill(String template, Who who) {
    String code =
        template.startsWith("/api/departments/")
            ? department
            : template.contains("campaigns/") || template.startsWith("/manager/campaigns")
                ? "purchase"
                : dealer;
    return template
        .replace("{code}", code)
        .replace("{campaign}", "purchase")
        .replace("{uploadId}", "999999999")
        .replace("{recordId}", "no-such-record")
        .replace("{username}", "nobody-" + who.name().toLowerCase())
        .replace("{phone}", "13800000000")
        .replace("{channel}", "SMS")
        .replace("{ticketType}", "COMPLAINT")
        .replace("{type}", "COMPLAINT")
        .replace("{version}", "1")
        .replace("{part}", "nothing")
        .replace("{selector}", "liveness")
        .replace("{name}", "jvm.memory.used")
        .replace("{evaluation}", "999999999")
        .replace("{id}", "999999999");
  }

  private static Map<Route, Set<String>> table() throws Exception {
    Map<Route, Set<String>> table = new LinkedHashMap<>();
    try (InputStream in = AccessWalkTest.class.getResourceAsStream("/access/routes.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.trim().split("\\s+");
        table.put(
            new Route(cells[0], cells[1]),
            Set.of(java.util.Arrays.copyOfRange(cells, 2, cells.length)));
      }
    }
    return table;
  }
}
