package com.followup.admin.department;

import com.followup.admin.security.Caller;
import com.followup.admin.ticket.TicketAccess;
import com.followup.admin.ticket.TicketTimeline;
import com.followup.admin.ticket.TicketView;
import com.followup.sla.policy.TicketEventType;
import com.followup.sla.ticket.PassOnTicket;
import com.followup.sla.ticket.RecordTicketEvent;
import com.followup.sla.ticket.Ticket;
import com.followup.sla.ticket.TicketId;
import com.followup.sla.ticket.TicketNotFound;
import com.followup.sla.ticket.Tickets;
import com.followup.sla.transfer.TransferHistory;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The department's side of a ticket, for its own systems (a DEPARTMENT user's token) and for the
 * centre: acknowledge, note progress, resolve, pass on; and the department's open tickets.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"DEPARTMENT", "MANAGER", "AGENT"})
class DepartmentTicketController {

  private final Tickets tickets;
  private final RecordTicketEvent events;
  private final PassOnTicket passOn;
  private final TransferHistory transfers;
  private final TicketTimeline timeline;

  DepartmentTicketController(
      Tickets tickets,
      RecordTicketEvent events,
      PassOnTicket passOn,
      TransferHistory transfers,
      TicketTimeline timeline) {
    this.tickets = tickets;
    this.events = events;
    this.passOn = passOn;
    this.transfers = transfers;
    this.timeline = timeline;
  }

  @Get("/departments/{code}/tickets")
  HttpResponse<List<TicketView>> open(
      String code, @Nullable @QueryValue Integer limit, Authentication authentication) {
    if (!Caller.of(authentication).mayAccessDepartment(code)) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    List<TicketView> open =
        transfers.openTickets(code, limit == null ? 200 : limit).stream()
            .map(id -> tickets.find(new TicketId(id)))
            .flatMap(java.util.Optional::stream)
            .map(timeline::view)
            .toList();
    return HttpResponse.ok(open);
  }

  @Post("/tickets/{id}/acknowledge")
  HttpResponse<TicketView> acknowledge(
      long id, @Nullable @Body Note body, Authentication authentication) {
    return record(id, TicketEventType.DEPARTMENT_ACKNOWLEDGED, body, false, authentication);
  }

  @Post("/tickets/{id}/progress")
  HttpResponse<TicketView> progress(long id, @Body Note body, Authentication authentication) {
    return record(id, TicketEventType.PROGRESS_NOTED, body, true, authentication);
  }

  @Post("/tickets/{id}/resolve")
  HttpResponse<TicketView> resolve(long id, @Body Note body, Authentication authentication) {
    return record(id, TicketEventType.RESOLVED, body, true, authentication);
  }

  @Post("/tickets/{id}/pass-on")
  HttpResponse<TicketView> passOn(long id, @Body PassOn body, Authentication authentication) {
    if (visible(id, authentication) == null) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    Ticket moved =
        passOn.passOn(new TicketId(id), body.department(), body.notes(), authentication.getName());
    return HttpResponse.ok(timeline.view(moved));
  }

  private HttpResponse<TicketView> record(
      long id, TicketEventType type, Note body, boolean notesRequired, Authentication auth) {
    if (visible(id, auth) == null) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    String notes = body == null ? null : body.notes();
    if (notesRequired && (notes == null || notes.isBlank())) {
      throw new IllegalArgumentException("notes are required");
    }
    Ticket ticket = events.record(new TicketId(id), type, null, notes, auth.getName());
    return HttpResponse.ok(timeline.view(ticket));
  }

  private Ticket visible(long id, Authentication authentication) {
    if (id < 1) {
      throw new IllegalArgumentException("ticket ids are positive");
    }
    TicketId ticketId = new TicketId(id);
    Ticket ticket = tickets.find(ticketId).orElseThrow(() -> new TicketNotFound(ticketId));
    return TicketAccess.allows(Caller.of(authentication), ticket) ? ticket : null;
  }

  @Serdeable
  record Note(@Nullable String notes) {}

  @Serdeable
  record PassOn(@Nullable String department, @Nullable String notes) {}
}
