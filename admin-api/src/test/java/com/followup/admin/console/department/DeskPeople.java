package com.followup.admin.console.department;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import com.followup.admin.support.SlaApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The departments, their users and their tickets the desk's tests work with, made over the API. */
final class DeskPeople {

  static final String SECRET = "a-department-secret-0123";

  private final Api api;
  private final SlaApi sla;
  private final String manager;
  private final String agent;

  DeskPeople(Api api, SlaApi sla) {
    this.api = api;
    this.sla = sla;
    this.manager = api.userWithRole("MANAGER", null);
    this.agent = api.userWithRole("AGENT", null);
  }

  /** A department named {@code name}; with a signed webhook when {@code webhookUrl} is given. */
  String department(String name, String webhookUrl) {
    String code = "dept-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("timezone", "Asia/Shanghai");
    if (webhookUrl != null) {
      body.put("webhookUrl", webhookUrl);
      body.put("webhookSecret", SECRET);
    }
    HttpResponse<String> put = api.send(HttpRequest.PUT("/api/departments/" + code, body), manager);
    assertThat(put.code()).isEqualTo(HttpStatus.CREATED.getCode());
    return code;
  }

  /** A DEPARTMENT user of the department; returns its name (its password is the tests' one). */
  String user(String department) {
    String name = "desk-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> body = new HashMap<>();
    body.put("username", name);
    body.put("password", Api.USER_PASSWORD);
    body.put("roles", List.of("DEPARTMENT"));
    body.put("departmentCode", department);
    assertThat(api.send(HttpRequest.POST("/api/users", body), api.adminToken()).code())
        .isEqualTo(HttpStatus.CREATED.getCode());
    return name;
  }

  /** A problem ticket the agent opened for the department; returns its id. */
  long problem(String department, String summary) {
    Map<String, Object> body = new HashMap<>();
    body.put("type", "PROBLEM");
    body.put("customerPhone", "+86" + Api.freshMobile());
    body.put("department", department);
    body.put("summary", summary);
    HttpResponse<String> response = api.send(HttpRequest.POST("/api/tickets", body), agent);
    assertThat(response.code()).isEqualTo(HttpStatus.CREATED.getCode());
    return ((Number) sla.map(response).get("id")).longValue();
  }

  /** The ticket as the API shows it to a manager. */
  Map<String, Object> ticket(long id) {
    return sla.ticket(manager, id);
  }

  /** The types of the events recorded on the ticket, in order. */
  @SuppressWarnings("unchecked")
  List<String> events(long id) {
    List<Map<String, Object>> events =
        (List<Map<String, Object>>) ticket(id).getOrDefault("events", List.of());
    return events.stream().map(e -> (String) e.get("type")).toList();
  }
}
