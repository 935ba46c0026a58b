package com.followup.admin.breach;

import com.followup.admin.security.Caller;
import com.followup.admin.security.DealerScoped;
import com.followup.admin.ticket.Instants;
import com.followup.sla.breach.AppealBreach;
import com.followup.sla.breach.Breach;
import com.followup.sla.breach.BreachFilter;
import com.followup.sla.breach.BreachId;
import com.followup.sla.breach.BreachLedger;
import com.followup.sla.breach.BreachNotFound;
import com.followup.sla.breach.BreachStatus;
import com.followup.sla.breach.ReviewBreach;
import com.followup.sla.policy.TicketType;
import com.followup.sla.ticket.Recomplaint;
import com.followup.sla.ticket.Tickets;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The breach ledger for QA: read, reviewed and appealed, never edited. QA and managers see every
 * breach; a DEALER user its dealer's; an agent the ones it owns.
 */
@Controller("/api/breaches")
@ExecuteOn(TaskExecutors.BLOCKING)
class BreachController {

  private final BreachLedger ledger;
  private final ReviewBreach review;
  private final AppealBreach appeal;
  private final Tickets tickets;
  private final Clock clock;

  BreachController(
      BreachLedger ledger, ReviewBreach review, AppealBreach appeal, Tickets tickets, Clock clock) {
    this.ledger = ledger;
    this.review = review;
    this.appeal = appeal;
    this.tickets = tickets;
    this.clock = clock;
  }

  @Get
  @Secured({"QA", "MANAGER", "DEALER", "AGENT"})
  @DealerScoped(value = "dealer", required = false)
  List<BreachView> list(
      @Nullable @QueryValue String status,
      @Nullable @QueryValue String since,
      @Nullable @QueryValue String until,
      @Nullable @QueryValue String stage,
      @Nullable @QueryValue String department,
      @Nullable @QueryValue String dealer,
      @Nullable @QueryValue String agent,
      @Nullable @QueryValue String ticketType,
      @Nullable @QueryValue Integer limit,
      Authentication authentication) {
    Caller caller = Caller.of(authentication);
    // an agent sees the breaches it owns
    boolean agentOnly = !caller.dealerUser() && !isAuditor(authentication);
    BreachFilter filter =
        new BreachFilter(
            status == null ? null : BreachStatus.parse(status),
            Instants.parse(since, "since"),
            Instants.parse(until, "until"),
            stage,
            department,
            caller.dealerRestriction().orElse(dealer),
            agentOnly ? caller.username() : agent,
            ticketType == null ? null : TicketType.parse(ticketType).name(),
            limit == null ? 1000 : limit);
    return ledger.list(filter).stream().map(b -> BreachView.of(b, false)).toList();
  }

  /** Customers who complained again about late service, counted against departments. */
  @Get("/recomplaints")
  @Secured({"QA", "MANAGER"})
  List<RecomplaintView> recomplaints(
      @Nullable @QueryValue String since, @Nullable @QueryValue String department) {
    Instant from = Instants.parse(since, "since");
    return tickets
        .recomplaints(from == null ? clock.instant().minus(Duration.ofDays(30)) : from, department)
        .stream()
        .map(RecomplaintView::of)
        .toList();
  }

  @Get("/{id}")
  @Secured({"QA", "MANAGER", "DEALER", "AGENT"})
  HttpResponse<BreachView> get(long id, Authentication authentication) {
    Breach breach = find(id);
    return mayRead(breach, authentication)
        ? HttpResponse.ok(BreachView.of(breach, true))
        : HttpResponse.status(HttpStatus.FORBIDDEN);
  }

  /** QA confirms or excuses an open breach, or decides an appealed one. */
  @Post("/{id}/review")
  @Secured("QA")
  BreachView review(long id, @Body ReviewRequest body, Authentication authentication) {
    if (body.decision() == null) {
      throw new IllegalArgumentException("decision is required: CONFIRMED or EXCUSED");
    }
    Breach reviewed =
        review.review(
            breachId(id),
            BreachStatus.parse(body.decision()),
            body.reason(),
            authentication.getName());
    return BreachView.of(reviewed, true);
  }

  /** The owner's side contests a breach: the agent who owns it or a user of its dealer. */
  @Post("/{id}/appeal")
  @Secured({"AGENT", "DEALER"})
  HttpResponse<BreachView> appeal(
      long id, @Body AppealRequest body, Authentication authentication) {
    Breach breach = find(id);
    if (!isOwnersSide(breach, Caller.of(authentication))) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    Breach appealed = appeal.appeal(breach.id(), body.reason(), authentication.getName());
    return HttpResponse.ok(BreachView.of(appealed, true));
  }

  private Breach find(long id) {
    BreachId breachId = breachId(id);
    return ledger.find(breachId).orElseThrow(() -> new BreachNotFound(breachId));
  }

  private static boolean mayRead(Breach breach, Authentication authentication) {
    return isAuditor(authentication) || isOwnersSide(breach, Caller.of(authentication));
  }

  private static boolean isAuditor(Authentication authentication) {
    return authentication.getRoles().contains("QA")
        || authentication.getRoles().contains("MANAGER");
  }

  private static boolean isOwnersSide(Breach breach, Caller caller) {
    return caller.dealerUser()
        ? breach.dealerCode() != null && caller.mayAccess(breach.dealerCode())
        : caller.username().equals(breach.owner());
  }

  private static BreachId breachId(long id) {
    if (id < 1) {
      throw new IllegalArgumentException("breach ids are positive");
    }
    return new BreachId(id);
  }

  @Serdeable
  record ReviewRequest(@Nullable String decision, @Nullable String reason) {}

  @Serdeable
  record AppealRequest(@Nullable String reason) {}

  @Serdeable
  record RecomplaintView(
      long ticketId,
      String department,
      @Nullable String dealerCode,
      int lateTargets,
      String recordedAt,
      String recordedBy) {
    static RecomplaintView of(Recomplaint r) {
      return new RecomplaintView(
          r.ticketId().value(),
          r.department(),
          r.dealerCode(),
          r.lateTargets(),
          Instants.format(r.recordedAt()),
          r.recordedBy());
    }
  }
}
