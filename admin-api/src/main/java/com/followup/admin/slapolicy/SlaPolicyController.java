package com.followup.admin.slapolicy;

import com.followup.sla.calendar.BusinessHours;
import com.followup.sla.policy.PolicyVersion;
import com.followup.sla.policy.SlaPolicies;
import com.followup.sla.policy.SlaPolicy;
import com.followup.sla.policy.TargetRule;
import com.followup.sla.policy.TicketType;
import com.followup.sla.policy.TimeBasis;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Arrays;
import java.util.List;

/** SLA policies: every logged-in user reads them, a manager revises one as its next version. */
@Controller("/api/sla-policies")
@ExecuteOn(TaskExecutors.BLOCKING)
class SlaPolicyController {

  private final SlaPolicies policies;

  SlaPolicyController(SlaPolicies policies) {
    this.policies = policies;
  }

  @Get
  @Secured(SecurityRule.IS_AUTHENTICATED)
  List<SlaPolicy> list() {
    return policies.allCurrent();
  }

  @Get("/{ticketType}")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<SlaPolicy> get(String ticketType) {
    return type(ticketType)
        .map(policies::current)
        .map(HttpResponse::ok)
        .orElseGet(HttpResponse::notFound);
  }

  /** Every version of the policy, newest first, with who saved it and when. */
  @Get("/{ticketType}/versions")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<List<PolicyVersion>> versions(String ticketType) {
    return type(ticketType)
        .map(policies::history)
        .map(HttpResponse::ok)
        .orElseGet(HttpResponse::notFound);
  }

  /** Tickets opened from now on use the new version; open ones keep theirs. */
  @Put("/{ticketType}")
  @Secured("MANAGER")
  HttpResponse<SlaPolicy> revise(
      String ticketType, @Body PolicyRequest body, Authentication authentication) {
    java.util.Optional<TicketType> type = type(ticketType);
    if (type.isEmpty()) {
      return HttpResponse.notFound();
    }
    SlaPolicy revised =
        new SlaPolicy(
            type.get(),
            1,
            body.timeBasis(),
            body.businessHours(),
            body.warningPercent() == null ? 75 : body.warningPercent(),
            body.targets());
    return HttpResponse.ok(policies.revise(revised, authentication.getName()));
  }

  private static java.util.Optional<TicketType> type(String name) {
    return Arrays.stream(TicketType.values())
        .filter(t -> t.name().equalsIgnoreCase(name))
        .findFirst();
  }

  /** A policy's rules; its version is assigned on saving. */
  @Serdeable
  record PolicyRequest(
      @Nullable TimeBasis timeBasis,
      @Nullable BusinessHours businessHours,
      @Nullable Integer warningPercent,
      @Nullable List<TargetRule> targets) {}
}
