package com.followup.admin.console.manager.sla;

import com.followup.admin.console.ConsolePages;
import com.followup.admin.console.ConsoleRedirects;
import com.followup.admin.console.ConsoleSettings;
import com.followup.sla.policy.PolicyVersion;
import com.followup.sla.policy.SlaPolicies;
import com.followup.sla.policy.SlaPolicy;
import com.followup.sla.policy.TargetRule;
import com.followup.sla.policy.TicketEventType;
import com.followup.sla.policy.TicketType;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SLA policy editor: each ticket type's current policy, a form that saves the next version
 * (tickets already open keep theirs), and every version saved.
 */
@Controller("/manager/sla")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("MANAGER")
class SlaPolicyPages {

  private final ConsolePages pages;
  private final SlaPolicies policies;
  private final ConsoleSettings settings;

  SlaPolicyPages(ConsolePages pages, SlaPolicies policies, ConsoleSettings settings) {
    this.pages = pages;
    this.policies = policies;
    this.settings = settings;
  }

  @Get(produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> list(HttpRequest<?> request) {
    return pages.render(request, "manager/sla/list", Map.of("policies", policies.allCurrent()));
  }

  @Get(uri = "/{type}", produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> edit(
      HttpRequest<?> request, String type, @Nullable @QueryValue Integer saved) {
    Optional<TicketType> ticketType = type(type);
    if (ticketType.isEmpty()) {
      return notFound(request);
    }
    SlaPolicy current = policies.current(ticketType.get());
    PolicyForm form = PolicyForm.of(current, settings.zone().getId());
    return render(request, HttpStatus.OK, "manager/sla/edit", current, form, saved);
  }

  @Post(
      uri = "/{type}",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> save(
      HttpRequest<?> request,
      String type,
      @Body Map<String, String> posted,
      Authentication authentication) {
    Optional<TicketType> ticketType = type(type);
    if (ticketType.isEmpty()) {
      return notFound(request);
    }
    SlaPolicy current = policies.current(ticketType.get());
    PolicyForm form = PolicyForm.posted(ticketType.get(), posted);
    Optional<SlaPolicy> parsed = PolicyParser.parse(form);
    if (parsed.isPresent() && parsed.get().withVersion(current.version()).equals(current)) {
      form.errors().add("form", "sla.error.unchanged");
      parsed = Optional.empty();
    }
    if (parsed.isEmpty()) {
      String view =
          ConsoleRedirects.isHtmx(request) ? "manager/sla/edit :: form" : "manager/sla/edit";
      return render(
          request, HttpStatus.UNPROCESSABLE_ENTITY, view, current, form.withSpareRowsAgain(), null);
    }
    SlaPolicy next = policies.revise(parsed.get(), authentication.getName());
    return ConsoleRedirects.to(
        request, "/manager/sla/" + next.ticketType().name() + "?saved=" + next.version());
  }

  @Get(uri = "/{type}/versions/{version}", produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> version(HttpRequest<?> request, String type, int version) {
    Optional<TicketType> ticketType = type(type);
    if (ticketType.isEmpty()) {
      return notFound(request);
    }
    Optional<PolicyVersion> found =
        policies.history(ticketType.get()).stream().filter(v -> v.version() == version).findFirst();
    if (found.isEmpty()) {
      return notFound(request);
    }
    return pages.render(
        request,
        "manager/sla/version",
        Map.of(
            "entry", found.get(),
            "policy", found.get().policy(),
            "current", policies.current(ticketType.get()).version()));
  }

  private MutableHttpResponse<?> render(
      HttpRequest<?> request,
      HttpStatus status,
      String view,
      SlaPolicy current,
      PolicyForm form,
      @Nullable Integer saved) {
    Map<String, Object> model = new HashMap<>();
    model.put("policy", current);
    model.put("form", form);
    model.put("history", policies.history(current.ticketType()));
    model.put("events", movingEvents());
    model.put("saved", saved);
    model.put("opened", TargetRule.OPENED);
    model.put("zones", com.followup.admin.console.ZoneChoices.all());
    return pages.render(request, status, view, model);
  }

  private static List<String> movingEvents() {
    return Arrays.stream(TicketEventType.values())
        .filter(TicketEventType::movesTargets)
        .map(Enum::name)
        .toList();
  }

  private MutableHttpResponse<?> notFound(HttpRequest<?> request) {
    return pages.render(
        request, HttpStatus.NOT_FOUND, "error", Map.of("status", 404, "message", "error.404"));
  }

  private static Optional<TicketType> type(String name) {
    return Arrays.stream(TicketType.values())
        .filter(t -> t.name().equalsIgnoreCase(name))
        .findFirst();
  }
}
