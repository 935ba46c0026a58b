package com.followup.admin.department;

import com.followup.admin.security.Caller;
import com.followup.sla.department.Department;
import com.followup.sla.department.Departments;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import java.net.URI;
import java.time.LocalTime;
import java.util.List;

/**
 * Responsible departments as data: where their tickets are delivered and when they work. The
 * webhook secret is write-only: the API never shows it back.
 */
@Controller("/api/departments")
@ExecuteOn(TaskExecutors.BLOCKING)
class DepartmentController {

  private final Departments departments;

  DepartmentController(Departments departments) {
    this.departments = departments;
  }

  @Put("/{code}")
  @Secured({"MANAGER", "ADMIN"})
  HttpResponse<DepartmentView> put(
      String code, @Body DepartmentRequest body, Authentication authentication) {
    String secret = body.webhookSecret();
    if (secret == null && body.webhookUrl() != null) {
      // a change that leaves the secret out keeps the one stored
      secret = departments.find(code).map(Department::webhookSecret).orElse(null);
    }
    Department department =
        new Department(
            code,
            body.name(),
            body.webhookUrl(),
            secret,
            body.email(),
            Department.zone(body.timezone()),
            Department.time(body.workStarts(), "workStarts", LocalTime.of(8, 0)),
            Department.time(body.workEnds(), "workEnds", LocalTime.of(18, 0)));
    boolean created = departments.save(department, authentication.getName());
    DepartmentView view = DepartmentView.of(department);
    return created
        ? HttpResponse.created(view, URI.create("/api/departments/" + code))
        : HttpResponse.ok(view);
  }

  @Get
  @Secured({"MANAGER", "ADMIN", "AGENT", "QA"})
  List<DepartmentView> list() {
    return departments.list().stream().map(DepartmentView::of).toList();
  }

  @Get("/{code}")
  @Secured({"MANAGER", "ADMIN", "AGENT", "QA", "DEPARTMENT"})
  HttpResponse<DepartmentView> get(String code, Authentication authentication) {
    if (!Caller.of(authentication).mayAccessDepartment(code)) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    return departments
        .find(code)
        .map(DepartmentView::of)
        .map(HttpResponse::ok)
        .orElseGet(HttpResponse::notFound);
  }

  @Serdeable
  record DepartmentRequest(
      @Nullable String name,
      @Nullable String webhookUrl,
      @Nullable String webhookSecret,
      @Nullable String email,
      @Nullable String timezone,
      @Nullable String workStarts,
      @Nullable String workEnds) {}

  /** A department as the API shows it; {@code webhookSigned} says a secret is set. */
  @Serdeable
  record DepartmentView(
      String code,
      String name,
      @Nullable String webhookUrl,
      boolean webhookSigned,
      @Nullable String email,
      String timezone,
      String workStarts,
      String workEnds) {
    static DepartmentView of(Department d) {
      return new DepartmentView(
          d.code(),
          d.name(),
          d.webhookUrl(),
          d.webhookSecret() != null,
          d.email(),
          d.zone().getId(),
          d.workStarts().toString(),
          d.workEnds().toString());
    }
  }
}
