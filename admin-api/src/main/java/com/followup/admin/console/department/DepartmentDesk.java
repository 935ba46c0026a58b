package com.followup.admin.console.department;

import com.followup.admin.console.ConsolePages;
import com.followup.admin.security.Caller;
import com.followup.sla.department.Department;
import com.followup.sla.department.Departments;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.HashMap;
import java.util.Map;

/**
 * A DEPARTMENT user's home: its department's tickets, open ones (until closed) or all, each with
 * its due times, the customer's problem, where it stands and whether it was delivered. The same
 * reads as {@code GET /api/departments/{code}/tickets}.
 */
@Controller("/department")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("DEPARTMENT")
class DepartmentDesk {

  private final ConsolePages pages;
  private final DeskTickets desk;
  private final Departments departments;

  DepartmentDesk(ConsolePages pages, DeskTickets desk, Departments departments) {
    this.pages = pages;
    this.desk = desk;
    this.departments = departments;
  }

  @Get(produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> home(
      HttpRequest<?> request,
      @Nullable @QueryValue String show,
      @Nullable @QueryValue String passed,
      @Nullable @QueryValue String to,
      Authentication authentication) {
    String code = Caller.of(authentication).departmentCode();
    if (code == null) {
      return pages.render(
          request, HttpStatus.FORBIDDEN, "error", Map.of("status", 403, "message", "error.403"));
    }
    boolean all = "all".equals(show);
    Map<String, Object> model = new HashMap<>();
    model.put("code", code);
    model.put("department", departments.find(code).map(Department::name).orElse(code));
    model.put("all", all);
    model.put("rows", desk.rows(code, all));
    model.put("shown", DeskTickets.SHOWN);
    model.put("passed", passed != null && passed.matches("[0-9]{1,18}") ? passed : null);
    model.put("to", to == null ? null : departments.find(to).orElse(null));
    return pages.render(request, "department/desk", model);
  }
}
