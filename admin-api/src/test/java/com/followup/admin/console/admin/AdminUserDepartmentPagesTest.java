package com.followup.admin.console.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The administrator's user form and a DEPARTMENT user's department: required for that role, one of
 * the stored departments, refused for any other role, each refusal beside its field (422).
 */
@MicronautTest(transactional = false)
class AdminUserDepartmentPagesTest {

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;

  Api api;
  String admin;
  String department;
  java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

  @BeforeEach
  void setUp() {
    api = new Api(client.toBlocking());
    admin = api.adminToken();
    department = "dept-" + UUID.randomUUID().toString().substring(0, 8);
    io.micronaut.http.HttpResponse<String> put =
        api.send(
            io.micronaut.http.HttpRequest.PUT(
                "/api/departments/" + department, Map.of("name", "Body shop " + department)),
            admin);
    assertThat(put.code()).isEqualTo(HttpStatus.CREATED.getCode());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(server.getURL() + path))
            .header("Authorization", "Bearer " + admin)
            .header("Accept-Language", "en")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
    StringBuilder body = new StringBuilder();
    form.forEach(
        (k, v) ->
            body.append(body.isEmpty() ? "" : "&")
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return http.send(
        HttpRequest.newBuilder(URI.create(server.getURL() + path))
            .header("Authorization", "Bearer " + admin)
            .header("Accept-Language", "en")
            .header("HX-Request", "true")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, String> newUser(String name, String role, String department) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("username", name);
    form.put("password", Api.USER_PASSWORD);
    form.put("password2", Api.USER_PASSWORD);
    form.put("role." + role, "on");
    form.put("department", department);
    return form;
  }

  /** The user's department as the user API shows it; "no such user" when there is none. */
  private String departmentOf(String username) throws Exception {
    String users = api.send(io.micronaut.http.HttpRequest.GET("/api/users"), admin).body();
    for (Object user : json.readValue(users, Argument.listOf(Map.class))) {
      Map<?, ?> fields = (Map<?, ?>) user;
      if (username.equals(fields.get("username"))) {
        return (String) fields.get("departmentCode");
      }
    }
    return "no such user";
  }

  @Test
  void the_form_offers_the_stored_departments_and_a_department_user_needs_a_known_one()
      throws Exception {
    assertThat(get("/admin/users/new").body())
        .contains("id=\"user-department\"")
        .contains("<option value=\"" + department + "\">Body shop " + department);
    String name = "desk-" + UUID.randomUUID().toString().substring(0, 8);

    HttpResponse<String> missing = post("/admin/users", newUser(name, "DEPARTMENT", ""));
    assertThat(missing.statusCode()).isEqualTo(422);
    assertThat(missing.body())
        .contains("id=\"department-error\"")
        .contains("A department user needs its department.");
    HttpResponse<String> unknown =
        post("/admin/users", newUser(name, "DEPARTMENT", "no-such-department"));
    assertThat(unknown.statusCode()).isEqualTo(422);
    assertThat(unknown.body()).contains("No department has the code “no-such-department”.");
    HttpResponse<String> agent = post("/admin/users", newUser(name, "AGENT", department));
    assertThat(agent.statusCode()).isEqualTo(422);
    assertThat(agent.body()).contains("Only department users belong to a department.");
    Map<String, String> two = newUser(name, "DEPARTMENT", department);
    two.put("role.AGENT", "on");
    assertThat(post("/admin/users", two).body())
        .contains("id=\"roles-error\"")
        .contains("A department user holds no other role.");
    assertThat(departmentOf(name)).isEqualTo("no such user");

    HttpResponse<String> created = post("/admin/users", newUser(name, "DEPARTMENT", department));

    assertThat(created.statusCode()).isEqualTo(204);
    assertThat(departmentOf(name)).isEqualTo(department);
    assertThat(get("/admin/users/" + name).body())
        .contains("<option value=\"" + department + "\" selected=\"selected\">");
  }

  @Test
  void the_roles_form_moves_a_user_to_a_department_and_back_to_another_role() throws Exception {
    String name = api.newUser(null, "AGENT");
    Map<String, String> noDepartment = new LinkedHashMap<>();
    noDepartment.put("role.DEPARTMENT", "on");
    noDepartment.put("department", "");

    HttpResponse<String> refused = post("/admin/users/" + name + "/roles", noDepartment);

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("A department user needs its department.");
    noDepartment.put("department", department);
    assertThat(post("/admin/users/" + name + "/roles", noDepartment).statusCode()).isEqualTo(204);
    assertThat(departmentOf(name)).isEqualTo(department);
    Map<String, String> agentAgain = new LinkedHashMap<>();
    agentAgain.put("role.AGENT", "on");
    agentAgain.put("department", "");
    assertThat(post("/admin/users/" + name + "/roles", agentAgain).statusCode()).isEqualTo(204);
    assertThat(departmentOf(name)).isNull();
  }

  @Test
  void moving_a_department_user_to_another_department_refuses_the_token_it_held() throws Exception {
    String name = "desk-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(post("/admin/users", newUser(name, "DEPARTMENT", department)).statusCode())
        .isEqualTo(204);
    String before = api.login(name, Api.USER_PASSWORD);
    String other = "dept-" + UUID.randomUUID().toString().substring(0, 8);
    api.send(
        io.micronaut.http.HttpRequest.PUT(
            "/api/departments/" + other, Map.of("name", "Paint shop " + other)),
        admin);
    Map<String, String> moved = new LinkedHashMap<>();
    moved.put("role.DEPARTMENT", "on");
    moved.put("department", other);

    assertThat(post("/admin/users/" + name + "/roles", moved).statusCode()).isEqualTo(204);

    assertThat(departmentOf(name)).isEqualTo(other);
    String tickets = "/api/departments/" + department + "/tickets";
    assertThat(api.send(io.micronaut.http.HttpRequest.GET(tickets), before).code())
        .as("the token that still names the old department")
        .isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
    String after = api.login(name, Api.USER_PASSWORD);
    assertThat(api.send(io.micronaut.http.HttpRequest.GET(tickets), after).code())
        .isEqualTo(HttpStatus.FORBIDDEN.getCode());
    assertThat(
            api.send(
                    io.micronaut.http.HttpRequest.GET("/api/departments/" + other + "/tickets"),
                    after)
                .code())
        .isEqualTo(HttpStatus.OK.getCode());
  }
}
