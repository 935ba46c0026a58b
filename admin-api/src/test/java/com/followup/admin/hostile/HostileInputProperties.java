package com.followup.admin.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Generated hostile input against one running app: malformed CSV rows and binary uploads, and
 * malformed, wrongly typed or incomplete JSON bodies to every JSON write endpoint. Never a 500; an
 * upload keeps exactly its good rows; a refused JSON write changes nothing.
 */
class HostileInputProperties {

  private static EmbeddedServer server;
  private static Api api;
  private static String[] database;
  private static final Map<String, String> TOKENS = new java.util.HashMap<>();
  private static final AtomicInteger IDS = new AtomicInteger();
  private static String dealer;

  /** Tables the JSON writes below could change and no background work touches. */
  private static final List<String> WATCHED =
      List.of(
          "app_user",
          "campaign_version",
          "dealer",
          "dealer_record",
          "do_not_call",
          "qa_form",
          "qa_evaluation",
          "qa_queue",
          "qa_sampling_rule",
          "record_upload",
          "sla_department",
          "sla_policy",
          "dialer_campaign_settings");

  @BeforeContainer
  static void start() {
    server = ApplicationContext.run(EmbeddedServer.class, "test");
    api =
        new Api(
            server
                .getApplicationContext()
                .createBean(HttpClient.class, server.getURL())
                .toBlocking());
    var env = server.getApplicationContext().getEnvironment();
    database =
        new String[] {
          env.getRequiredProperty("datasources.default.url", String.class),
          env.getProperty("datasources.default.username", String.class).orElse(""),
          env.getProperty("datasources.default.password", String.class).orElse("")
        };
    dealer = api.newDealer("CN", "Asia/Shanghai");
    TOKENS.put("ADMIN", api.adminToken());
    for (String role : List.of("MANAGER", "QA", "AGENT")) {
      TOKENS.put(role, api.userWithRole(role, null));
    }
  }

  @AfterContainer
  static void stop() {
    if (server != null) {
      server.getApplicationContext().close();
    }
  }

  // ---- the CSV upload ----------------------------------------------------------------------

  record Row(boolean good, String csv) {}

  @Property(tries = 60)
  void an_upload_keeps_every_good_row_and_rejects_every_bad_one_with_its_line(
      @ForAll("rows") List<Row> rows) {
    String target = api.newDealer("CN", "Asia/Shanghai");
    StringBuilder csv = new StringBuilder("record_type,record_id,event_time,customer_name,phone\n");
    rows.forEach(r -> csv.append(r.csv()).append('\n'));

    HttpResponse<String> response = upload(target, csv.toString(), "text/csv");

    assertThat(response.code()).as(Api.body(response)).isEqualTo(200);
    long good = rows.stream().filter(Row::good).count();
    String body = Api.body(response);
    assertThat(number(body, "accepted")).as(body).isEqualTo(good);
    assertThat(number(body, "rejected")).as(body).isEqualTo(rows.size() - good);
    for (int i = 0; i < rows.size(); i++) {
      if (!rows.get(i).good()) {
        assertThat(body).contains("\"line\":" + (i + 2));
      }
    }
  }

  @Property(tries = 40)
  void binary_garbage_uploaded_as_csv_is_refused_with_a_4xx_and_nothing_is_stored(
      @ForAll("garbage") byte[] bytes) {
    String target = api.newDealer("CN", "Asia/Shanghai");

    HttpResponse<String> response =
        api.send(
            HttpRequest.POST("/api/dealers/" + target + "/records", bytes)
                .contentType(MediaType.of("text/csv")),
            TOKENS.get("ADMIN"));

    assertThat(response.code()).as(Api.body(response)).isBetween(400, 499);
    assertThat(
            Api.body(
                api.send(
                    HttpRequest.GET("/api/dealers/" + target + "/uploads"), TOKENS.get("ADMIN"))))
        .isEqualTo("[]");
  }

  @Provide
  Arbitrary<List<Row>> rows() {
    Arbitrary<Row> good =
        hostileText(60)
            .filter(n -> !n.isBlank())
            .map(
                name ->
                    new Row(
                        true, line("PURCHASE", id(), "2026-11-19 10:30", name, Api.freshMobile())));
    Arbitrary<Row> bad =
        Arbitraries.oneOf(
                hostileText(40)
                    .filter(p -> !p.matches(".*\\d{5,}.*"))
                    .map(p -> line("PURCHASE", id(), "2026-11-19", "Ann", "x" + p)),
                Arbitraries.of("2026-13-45", "yesterday", "2099-01-01", "19/11/2026 25:61", "")
                    .map(t -> line("PURCHASE", id(), t, "Ann", Api.freshMobile())),
                Arbitraries.of("LEASE", "", "PURCHASE;DROP TABLE", "=1+1")
                    .map(t -> line(t, id(), "2026-11-19", "Ann", Api.freshMobile())),
                Arbitraries.just(0)
                    .map(x -> line("PURCHASE", "", "2026-11-19", "Ann", Api.freshMobile())),
                Arbitraries.just(0)
                    .map(x -> line("REPAIR", id(), "2026-11-19", "", Api.freshMobile())))
            .map(line -> new Row(false, line));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, good), net.jqwik.api.Tuple.of(2, bad))
        .list()
        .ofMinSize(1)
        .ofMaxSize(25);
  }

  @Provide
  Arbitrary<byte[]> garbage() {
    return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(4_000);
  }

  // ---- every JSON write ----------------------------------------------------------------------

  record Write(String role, String method, String path) {}

  @Property(tries = 1500)
  void a_malformed_json_write_is_a_4xx_never_a_500_and_a_refused_one_changes_nothing(
      @ForAll("writes") Write write, @ForAll("bodies") String body) throws Exception {
    Map<String, String> before = fingerprint();

    MutableHttpRequest<String> request =
        HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(write.method()), write.path())
            .body(body)
            .contentType(MediaType.APPLICATION_JSON_TYPE);
    HttpResponse<String> response = api.send(request, TOKENS.get(write.role()));

    assertThat(response.code()).as(write + " " + body + " → " + Api.body(response)).isLessThan(500);
    if (response.code() >= 400) {
      assertThat(fingerprint()).as(write + " " + body).isEqualTo(before);
    }
  }

  @Provide
  Arbitrary<Write> writes() {
    return Arbitraries.of(
            new Write("ADMIN", "POST", "/api/dealers"),
            new Write("ADMIN", "PUT", "/api/dealers/" + "{dealer}"),
            new Write("ADMIN", "POST", "/api/users"),
            new Write("ADMIN", "PUT", "/api/users/nobody-here"),
            new Write("ADMIN", "POST", "/api/users/nobody-here/password"),
            new Write("ADMIN", "PUT", "/api/departments/HOSTILE"),
            new Write("ADMIN", "PUT", "/api/do-not-call/13800000000"),
            new Write("MANAGER", "PUT", "/api/campaigns/purchase"),
            new Write("MANAGER", "POST", "/api/campaigns/purchase/dry-run"),
            new Write("MANAGER", "PUT", "/api/campaigns/purchase/dialing"),
            new Write("MANAGER", "PUT", "/api/sla-policies/COMPLAINT"),
            new Write("MANAGER", "POST", "/api/tickets"),
            new Write("MANAGER", "POST", "/api/tickets/999999999/events"),
            new Write("QA", "PUT", "/api/evaluation-forms/hostile"),
            new Write("QA", "PUT", "/api/qa-sampling/purchase"),
            new Write("QA", "POST", "/api/qa-queue"),
            new Write("QA", "POST", "/api/breaches/999999999/review"),
            new Write("QA", "POST", "/api/calls/999999999/evaluations"),
            new Write("QA", "POST", "/api/evaluations/999999999/decide"),
            new Write("AGENT", "POST", "/api/breaches/999999999/appeal"),
            new Write("AGENT", "POST", "/api/evaluations/999999999/dispute"),
            new Write("AGENT", "PUT", "/api/agent/state"),
            new Write("AGENT", "POST", "/api/agent/call/outcome"),
            new Write("ADMIN", "POST", "/api/dealers/{dealer}/records"))
        .map(w -> new Write(w.role(), w.method(), w.path().replace("{dealer}", dealer)));
  }

  @Provide
  Arbitrary<String> bodies() {
    Arbitrary<String> names =
        Arbitraries.of(
            "code",
            "name",
            "country",
            "timezone",
            "username",
            "password",
            "roles",
            "dealerCode",
            "departmentCode",
            "steps",
            "callingRules",
            "from",
            "to",
            "timeline",
            "type",
            "customerPhone",
            "department",
            "summary",
            "openedAt",
            "at",
            "notes",
            "decision",
            "reason",
            "state",
            "outcome",
            "problem",
            "callbackAt",
            "satisfied",
            "score",
            "answers",
            "targets",
            "webhookUrl",
            "recordType",
            "items",
            "rate",
            "enabled",
            "version");
    Arbitrary<String> values =
        Arbitraries.oneOf(
            Arbitraries.of(
                "null",
                "true",
                "-1",
                "0",
                "1e309",
                "99999999999999999999",
                "[]",
                "{}",
                "[null]",
                "{\"a\":null}",
                "\"\"",
                "\"READY\"",
                "\"2026-13-45\"",
                "\"COMPLAINT\"",
                "[\"ADMIN\"]",
                "[1,2,3]"),
            hostileText(80).map(HostileInputProperties::jsonString),
            Arbitraries.strings()
                .withChars('a')
                .ofLength(20_000)
                .map(HostileInputProperties::jsonString));
    Arbitrary<String> objects =
        Combinators.combine(names, values)
            .as((n, v) -> "\"" + n + "\":" + v)
            .list()
            .ofMaxSize(6)
            .map(fields -> "{" + String.join(",", fields) + "}");
    Arbitrary<String> broken =
        Arbitraries.oneOf(
            objects.map(o -> o.substring(0, Math.max(1, o.length() / 2))),
            Arbitraries.of(
                "",
                "{",
                "}",
                "[",
                "nul",
                "{\"a\":}",
                "{'a':1}",
                "{\"a\" 1}",
                "\u0000",
                "[][]",
                "{}{}",
                "\"\\ud800\""),
            Arbitraries.strings().ofMaxLength(200));
    return Arbitraries.oneOf(objects, objects, broken, values);
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /** Text a hostile dealer or caller might send: quotes, separators, markup, formulas, controls. */
  private static Arbitrary<String> hostileText(int max) {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withChars(
            ',', '"', '\'', ';', '<', '>', '/', '=', '+', '-', '@', '\t', ' ', '\\', '张', '伟', 'é')
        .withChars('\u0001', '\u202e', '\ufeff')
        .ofMaxLength(max);
  }

  private static String jsonString(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static String line(String... cells) {
    List<String> quoted = new ArrayList<>();
    for (String c : cells) {
      quoted.add(
          c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")
              ? "\"" + c.replace("\"", "\"\"") + "\""
              : c);
    }
    return String.join(",", quoted);
  }

  private static String id() {
    return "H" + UUID.randomUUID().toString().substring(0, 8) + IDS.incrementAndGet();
  }

  private static HttpResponse<String> upload(String target, String body, String type) {
    return api.send(
        HttpRequest.POST("/api/dealers/" + target + "/records", body)
            .contentType(MediaType.of(type)),
        TOKENS.get("ADMIN"));
  }

  private static long number(String json, String field) {
    Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  private static Map<String, String> fingerprint() throws Exception {
    Map<String, String> sums = new java.util.TreeMap<>();
    try (Connection c = DriverManager.getConnection(database[0], database[1], database[2]);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("CHECKSUM TABLE " + String.join(", ", WATCHED))) {
      while (rs.next()) {
        sums.put(rs.getString(1), rs.getString(2));
      }
    }
    return sums;
  }
}
