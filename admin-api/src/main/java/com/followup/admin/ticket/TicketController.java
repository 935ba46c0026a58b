package com.followup.admin.ticket;

import com.followup.admin.security.Caller;
import com.followup.sla.policy.TicketEventType;
import com.followup.sla.policy.TicketType;
import com.followup.sla.ticket.NewTicket;
import com.followup.sla.ticket.OpenTicket;
import com.followup.sla.ticket.RecordTicketEvent;
import com.followup.sla.ticket.Ticket;
import com.followup.sla.ticket.TicketId;
import com.followup.sla.ticket.TicketNotFound;
import com.followup.sla.ticket.Tickets;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.net.URI;

/**
 * Complaints, inquiries and problems with their SLA targets and timeline; a DEALER user sees only
 * its dealer's, a DEPARTMENT user only its department's.
 */
@Controller("/api/tickets")
@ExecuteOn(TaskExecutors.BLOCKING)
class TicketController {

  private final OpenTicket open;
  private final RecordTicketEvent events;
  private final Tickets tickets;
  private final TicketTimeline timeline;

  TicketController(
      OpenTicket open, RecordTicketEvent events, Tickets tickets, TicketTimeline timeline) {
    this.open = open;
    this.events = events;
    this.tickets = tickets;
    this.timeline = timeline;
  }

  @Post
  @Secured({"AGENT", "MANAGER", "QA", "DEALER"})
  HttpResponse<TicketView> open(@Body NewTicketRequest body, Authentication authentication) {
    Caller caller = Caller.of(authentication);
    if (caller.dealerUser() && !caller.mayAccess(body.dealerCode())) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    Ticket ticket =
        open.open(
            new NewTicket(
                body.type() == null ? null : TicketType.parse(body.type()),
                body.customerPhone(),
                body.dealerCode(),
                body.department(),
                body.summary(),
                Instants.parse(body.openedAt(), "openedAt"),
                caller.username(),
                body.followUpId()));
    return HttpResponse.created(
        timeline.view(ticket), URI.create("/api/tickets/" + ticket.id().value()));
  }

  /** The latest tickets, newest first; a DEALER user sees only its dealer's. */
  @Get
  @Secured(SecurityRule.IS_AUTHENTICATED)
  java.util.List<TicketView> latest(
      @Nullable @io.micronaut.http.annotation.QueryValue String type,
      @Nullable @io.micronaut.http.annotation.QueryValue Integer limit,
      Authentication authentication) {
    Caller caller = Caller.of(authentication);
    return tickets
        .latest(
            caller.dealerRestriction().orElse(null),
            type == null || type.isBlank() ? null : TicketType.parse(type),
            limit == null ? 50 : limit)
        .stream()
        .map(timeline::view)
        .toList();
  }

  @Get("/{id}")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<TicketView> get(long id, Authentication authentication) {
    Ticket ticket = visible(id, authentication);
    return ticket == null
        ? HttpResponse.status(HttpStatus.FORBIDDEN)
        : HttpResponse.ok(timeline.view(ticket));
  }

  @Post("/{id}/events")
  @Secured({"AGENT", "MANAGER", "QA", "DEALER"})
  HttpResponse<TicketView> event(
      long id, @Body TicketEventRequest body, Authentication authentication) {
    if (visible(id, authentication) == null) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    if (body.type() == null) {
      throw new IllegalArgumentException("type is required");
    }
    Ticket ticket =
        events.record(
            ticketId(id),
            TicketEventType.parse(body.type()),
            Instants.parse(body.at(), "at"),
            body.notes(),
            authentication.getName());
    return HttpResponse.ok(timeline.view(ticket));
  }

  /** The ticket, or null when the caller may not see it (TicketAccess); 404 if unknown. */
  private Ticket visible(long id, Authentication authentication) {
    TicketId ticketId = ticketId(id);
    Ticket ticket = tickets.find(ticketId).orElseThrow(() -> new TicketNotFound(ticketId));
    return TicketAccess.allows(Caller.of(authentication), ticket) ? ticket : null;
  }

  private static TicketId ticketId(long id) {
    if (id < 1) {
      throw new IllegalArgumentException("ticket ids are positive");
    }
    return new TicketId(id);
  }

  @Serdeable
  record NewTicketRequest(
      @Nullable String type,
      @Nullable String customerPhone,
      @Nullable String dealerCode,
      @Nullable String department,
      @Nullable String summary,
      @Nullable String openedAt,
      @Nullable Long followUpId) {}

  @Serdeable
  record TicketEventRequest(@Nullable String type, @Nullable String at, @Nullable String notes) {}
}
