package com.followup.admin.console.department;

import com.followup.admin.console.ConsolePages;
import com.followup.admin.console.ConsoleRedirects;
import com.followup.admin.console.DepartmentChoices;
import com.followup.admin.security.Caller;
import com.followup.admin.ticket.TicketAccess;
import com.followup.sla.policy.TicketEventType;
import com.followup.sla.ticket.PassOnTicket;
import com.followup.sla.ticket.RecordTicketEvent;
import com.followup.sla.ticket.Ticket;
import com.followup.sla.ticket.TicketId;
import com.followup.sla.ticket.TicketStateConflict;
import com.followup.sla.ticket.Tickets;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One ticket on the department's desk: its targets' clocks, its whole time line (events,
 * hand-overs, deliveries with their tries and last error) and the department's answers —
 * acknowledge, note progress, resolve, pass on to another department — through the same use cases
 * as {@code POST /api/tickets/{id}/acknowledge|progress|resolve|pass-on}. Another department's
 * ticket is 403.
 */
@Controller("/department/tickets/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("DEPARTMENT")
class DeskTicketPage {

  private static final String[] ACTIONS = {"acknowledge", "progress", "resolve", "pass-on"};

  private final ConsolePages pages;
  private final Tickets tickets;
  private final DeskTickets desk;
  private final RecordTicketEvent events;
  private final PassOnTicket passOn;
  private final DepartmentChoices departments;

  DeskTicketPage(
      ConsolePages pages,
      Tickets tickets,
      DeskTickets desk,
      RecordTicketEvent events,
      PassOnTicket passOn,
      DepartmentChoices departments) {
    this.pages = pages;
    this.tickets = tickets;
    this.desk = desk;
    this.events = events;
    this.passOn = passOn;
    this.departments = departments;
  }

  @Get(produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> show(
      HttpRequest<?> request,
      long id,
      @Nullable @QueryValue String done,
      Authentication authentication) {
    Optional<Ticket> ticket = visible(id, authentication);
    if (ticket == null || ticket.isEmpty()) {
      return status(request, ticket == null ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND);
    }
    String shownDone = done != null && done.matches("[a-z-]{1,20}") ? done : null;
    return render(request, HttpStatus.OK, "department/ticket", ticket.get(), null, shownDone);
  }

  @Post(
      uri = "/acknowledge",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> acknowledge(
      HttpRequest<?> request, long id, @Body Map<String, String> posted, Authentication auth) {
    return record(request, id, "acknowledge", posted, auth);
  }

  @Post(
      uri = "/progress",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> progress(
      HttpRequest<?> request, long id, @Body Map<String, String> posted, Authentication auth) {
    return record(request, id, "progress", posted, auth);
  }

  @Post(
      uri = "/resolve",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> resolve(
      HttpRequest<?> request, long id, @Body Map<String, String> posted, Authentication auth) {
    return record(request, id, "resolve", posted, auth);
  }

  @Post(
      uri = "/pass-on",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> passOn(
      HttpRequest<?> request, long id, @Body Map<String, String> posted, Authentication auth) {
    Optional<Ticket> ticket = visible(id, auth);
    if (ticket == null || ticket.isEmpty()) {
      return status(request, ticket == null ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND);
    }
    AnswerForm form = AnswerForm.posted("pass-on", posted);
    String to = form.department();
    form.checkTarget(
        ticket.get().department(),
        departments.stored().stream().map(DepartmentChoices.Choice::code).toList());
    form.checkNotes(true);
    if (form.errors().isEmpty()) {
      try {
        passOn.passOn(ticket.get().id(), to, form.notes(), auth.getName());
        return ConsoleRedirects.to(
            request,
            "/department?passed=" + id + "&to=" + URLEncoder.encode(to, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException refused) {
        form.refuse("department", "desk.error.refused", refused.getMessage());
      }
    }
    return refused(request, ticket.get(), form);
  }

  private MutableHttpResponse<?> record(
      HttpRequest<?> request,
      long id,
      String action,
      Map<String, String> posted,
      Authentication auth) {
    Optional<Ticket> ticket = visible(id, auth);
    if (ticket == null || ticket.isEmpty()) {
      return status(request, ticket == null ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND);
    }
    AnswerForm form = AnswerForm.posted(action, posted);
    form.checkNotes(!"acknowledge".equals(action));
    if (form.errors().isEmpty()) {
      TicketEventType type =
          switch (action) {
            case "acknowledge" -> TicketEventType.DEPARTMENT_ACKNOWLEDGED;
            case "progress" -> TicketEventType.PROGRESS_NOTED;
            default -> TicketEventType.RESOLVED;
          };
      try {
        events.record(
            ticket.get().id(),
            type,
            null,
            form.notes().isEmpty() ? null : form.notes(),
            auth.getName());
        return ConsoleRedirects.to(request, "/department/tickets/" + id + "?done=" + action);
      } catch (TicketStateConflict | IllegalArgumentException refused) {
        form.refuse("notes", "desk.error.refused", refused.getMessage());
      }
    }
    return refused(request, ticket.get(), form);
  }

  private MutableHttpResponse<?> refused(HttpRequest<?> request, Ticket ticket, AnswerForm form) {
    String view =
        ConsoleRedirects.isHtmx(request)
            ? "department/ticket :: " + form.fragment()
            : "department/ticket";
    return render(request, HttpStatus.UNPROCESSABLE_ENTITY, view, ticket, form, null);
  }

  private MutableHttpResponse<?> render(
      HttpRequest<?> request,
      HttpStatus status,
      String view,
      Ticket ticket,
      @Nullable AnswerForm posted,
      @Nullable String done) {
    Map<String, Object> model = new HashMap<>();
    model.put("sheet", desk.sheet(ticket));
    for (String action : ACTIONS) {
      boolean refused = posted != null && posted.action().equals(action);
      model.put(AnswerForm.modelName(action), refused ? posted : AnswerForm.empty(action));
    }
    model.put(
        "targets",
        departments.stored().stream().filter(d -> !d.code().equals(ticket.department())).toList());
    model.put("done", done);
    return pages.render(request, status, view, model);
  }

  /** The ticket; empty when unknown; null when it is another department's. */
  private Optional<Ticket> visible(long id, Authentication authentication) {
    if (id < 1) {
      return Optional.empty();
    }
    Optional<Ticket> ticket = tickets.find(new TicketId(id));
    Caller caller = Caller.of(authentication);
    if (caller.departmentCode() == null
        || ticket.isPresent() && !TicketAccess.allows(caller, ticket.get())) {
      return null;
    }
    return ticket;
  }

  private MutableHttpResponse<?> status(HttpRequest<?> request, HttpStatus status) {
    return pages.render(
        request,
        status,
        "error",
        Map.of("status", status.getCode(), "message", "error." + status.getCode()));
  }
}
