package com.followup.admin.console.manager.tickets;

import com.followup.admin.console.ConsolePages;
import com.followup.admin.console.ConsoleRedirects;
import com.followup.admin.console.ConsoleSettings;
import com.followup.admin.console.DepartmentChoices;
import com.followup.admin.console.Viewer;
import com.followup.admin.security.Caller;
import com.followup.campaign.dealer.DealerDirectory;
import com.followup.sla.policy.SlaPolicies;
import com.followup.sla.policy.TicketEventType;
import com.followup.sla.policy.TicketType;
import com.followup.sla.ticket.NewTicket;
import com.followup.sla.ticket.OpenTicket;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Tickets: the latest ones, a form to open one, and a ticket's page with its targets' clocks, its
 * events and a form to record the next. The same roles as the ticket API; a DEALER user sees and
 * opens only its own dealer's.
 */
@Controller("/tickets")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"MANAGER", "QA", "AGENT", "DEALER"})
class TicketPages {

  private final ConsolePages pages;
  private final Tickets tickets;
  private final OpenTicket open;
  private final RecordTicketEvent events;
  private final DealerDirectory dealers;
  private final SlaPolicies policies;
  private final ConsoleSettings settings;
  private final DepartmentChoices departments;
  private final Clock clock;

  TicketPages(
      ConsolePages pages,
      Tickets tickets,
      OpenTicket open,
      RecordTicketEvent events,
      DealerDirectory dealers,
      SlaPolicies policies,
      ConsoleSettings settings,
      DepartmentChoices departments,
      Clock clock) {
    this.pages = pages;
    this.tickets = tickets;
    this.open = open;
    this.events = events;
    this.dealers = dealers;
    this.policies = policies;
    this.settings = settings;
    this.departments = departments;
    this.clock = clock;
  }

  @Get(produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> list(
      HttpRequest<?> request, @Nullable @QueryValue String type, Authentication authentication) {
    Caller caller = Caller.of(authentication);
    TicketType only =
        Arrays.stream(TicketType.values())
            .filter(t -> t.name().equals(type))
            .findFirst()
            .orElse(null);
    return renderList(
        request,
        HttpStatus.OK,
        "tickets/list",
        caller,
        only,
        TicketForm.empty(caller.dealerCode()));
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> openTicket(
      HttpRequest<?> request, @Body Map<String, String> posted, Authentication authentication) {
    Caller caller = Caller.of(authentication);
    TicketForm form = TicketForm.posted(posted);
    String dealer = caller.dealerUser() ? caller.dealerCode() : form.dealer();
    TicketType type = parseType(form.type());
    if (type == null) {
      form.errors().add("type", "ticket.error.type");
    }
    require(form.phone(), "phone", form);
    require(form.department(), "department", form);
    require(form.summary(), "summary", form);
    if (!dealer.isEmpty() && dealers.find(dealer).isEmpty()) {
      form.errors().add("dealer", "ticket.error.dealer", dealer);
    }
    Instant openedAt = time(form.openedAt(), zone(request), "openedAt", form.errors());
    if (form.errors().isEmpty()) {
      try {
        Ticket ticket =
            open.open(
                new NewTicket(
                    type,
                    form.phone(),
                    dealer,
                    form.department(),
                    form.summary(),
                    openedAt,
                    caller.username(),
                    null));
        return ConsoleRedirects.to(request, "/tickets/" + ticket.id().value());
      } catch (IllegalArgumentException refused) {
        form.errors()
            .add(fieldOf(refused.getMessage()), "ticket.error.other", refused.getMessage());
      }
    }
    String view = ConsoleRedirects.isHtmx(request) ? "tickets/list :: openForm" : "tickets/list";
    return renderList(request, HttpStatus.UNPROCESSABLE_ENTITY, view, caller, null, form);
  }

  @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> ticket(HttpRequest<?> request, long id, Authentication authentication) {
    Optional<Ticket> ticket = visible(id, authentication);
    if (ticket == null) {
      return status(request, HttpStatus.FORBIDDEN);
    }
    return ticket
        .<MutableHttpResponse<?>>map(
            t -> renderTicket(request, HttpStatus.OK, "tickets/ticket", t, EventForm.empty()))
        .orElseGet(() -> status(request, HttpStatus.NOT_FOUND));
  }

  @Post(
      uri = "/{id}/events",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> record(
      HttpRequest<?> request,
      long id,
      @Body Map<String, String> posted,
      Authentication authentication) {
    Optional<Ticket> ticket = visible(id, authentication);
    if (ticket == null) {
      return status(request, HttpStatus.FORBIDDEN);
    }
    if (ticket.isEmpty()) {
      return status(request, HttpStatus.NOT_FOUND);
    }
    EventForm form = EventForm.posted(posted);
    TicketEventType type = null;
    try {
      type = TicketEventType.parse(form.type());
    } catch (IllegalArgumentException unknown) {
      form.errors().add("type", "ticket.error.eventType");
    }
    Instant at = time(form.at(), zone(request), "at", form.errors());
    if (form.notes().length() > 2000) {
      form.errors().add("notes", "ticket.error.notes");
    }
    if (form.errors().isEmpty()) {
      try {
        events.record(
            ticket.get().id(),
            type,
            at,
            form.notes().isEmpty() ? null : form.notes(),
            authentication.getName());
        return ConsoleRedirects.to(request, "/tickets/" + id);
      } catch (TicketStateConflict conflict) {
        form.errors().add("type", "ticket.error.state", conflict.getMessage());
      } catch (IllegalArgumentException refused) {
        form.errors().add("at", "ticket.error.other", refused.getMessage());
      }
    }
    String view =
        ConsoleRedirects.isHtmx(request) ? "tickets/ticket :: eventForm" : "tickets/ticket";
    return renderTicket(request, HttpStatus.UNPROCESSABLE_ENTITY, view, ticket.get(), form);
  }

  private MutableHttpResponse<?> renderList(
      HttpRequest<?> request,
      HttpStatus status,
      String view,
      Caller caller,
      TicketType only,
      TicketForm form) {
    Map<String, Object> model = new HashMap<>();
    model.put("tickets", tickets.latest(caller.dealerRestriction().orElse(null), only, 50));
    model.put("types", TicketType.values());
    model.put("only", only == null ? "" : only.name());
    model.put("form", form);
    model.put("dealerUser", caller.dealerUser());
    model.put("dealers", caller.dealerUser() ? java.util.List.of() : dealers.all());
    model.put("departments", departments.forTickets());
    return pages.render(request, status, view, model);
  }

  private MutableHttpResponse<?> renderTicket(
      HttpRequest<?> request, HttpStatus status, String view, Ticket ticket, EventForm form) {
    Instant now = clock.instant();
    Map<String, Object> model = new HashMap<>();
    model.put("ticket", ticket);
    model.put("clocks", ticket.targets().stream().map(t -> TargetClock.of(t, now)).toList());
    model.put("events", tickets.events(ticket.id()));
    model.put("eventTypes", TicketEventType.values());
    model.put("policy", policies.version(ticket.type(), ticket.policyVersion()));
    model.put("form", form);
    return pages.render(request, status, view, model);
  }

  /** The ticket; empty when unknown; null when the caller may not see it (another dealer's). */
  private Optional<Ticket> visible(long id, Authentication authentication) {
    if (id < 1) {
      return Optional.empty();
    }
    Optional<Ticket> ticket = tickets.find(new TicketId(id));
    Caller caller = Caller.of(authentication);
    if (ticket.isPresent() && caller.dealerUser() && !caller.mayAccess(ticket.get().dealerCode())) {
      return null;
    }
    return ticket;
  }

  private ZoneId zone(HttpRequest<?> request) {
    return pages.viewer(request).map(Viewer::zone).orElse(settings.zone());
  }

  /** A datetime-local value in the viewer's zone; null when empty (meaning now). */
  private static Instant time(
      String text, ZoneId zone, String field, com.followup.admin.console.FieldMessages errors) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDateTime.parse(text).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      errors.add(field, "ticket.error.time", text);
      return null;
    }
  }

  private static void require(String value, String field, TicketForm form) {
    if (value.isEmpty()) {
      form.errors().add(field, "ticket.error.required");
    }
  }

  private static TicketType parseType(String name) {
    return Arrays.stream(TicketType.values())
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElse(null);
  }

  /** The field a refusal of the ticket use case names. */
  private static String fieldOf(String message) {
    String m = message == null ? "" : message.toLowerCase(java.util.Locale.ROOT);
    if (m.contains("phone")) {
      return "phone";
    }
    if (m.contains("dealer")) {
      return "dealer";
    }
    if (m.contains("openedat")) {
      return "openedAt";
    }
    if (m.contains("department")) {
      return "department";
    }
    return m.contains("summary") ? "summary" : "form";
  }

  private MutableHttpResponse<?> status(HttpRequest<?> request, HttpStatus status) {
    return pages.render(
        request,
        status,
        "error",
        Map.of("status", status.getCode(), "message", "error." + status.getCode()));
  }
}
