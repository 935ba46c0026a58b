package com.followup.admin.ticket;

import com.followup.sla.ticket.Target;
import com.followup.sla.ticket.Ticket;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A ticket as the API shows it. */
@Serdeable
record TicketView(
    long id,
    String type,
    String customerPhone,
    @Nullable String dealerCode,
    String department,
    String summary,
    int policyVersion,
    String openedAt,
    String openedBy,
    @Nullable Long followUpId,
    boolean paused,
    List<TargetView> targets) {

  static TicketView of(Ticket ticket) {
    return new TicketView(
        ticket.id().value(),
        ticket.type().name(),
        ticket.customerPhone(),
        ticket.dealerCode(),
        ticket.department(),
        ticket.summary(),
        ticket.policyVersion(),
        Instants.format(ticket.openedAt()),
        ticket.openedBy(),
        ticket.followUpId(),
        ticket.pausedAt() != null,
        ticket.targets().stream().map(TargetView::of).toList());
  }

  @Serdeable
  record TargetView(
      String name,
      String status,
      String startedAt,
      String dueAt,
      @Nullable String warnedAt,
      @Nullable String metAt,
      @Nullable String breachedAt) {

    static TargetView of(Target target) {
      return new TargetView(
          target.name(),
          target.status().name(),
          Instants.format(target.startedAt()),
          Instants.format(target.dueAt()),
          Instants.format(target.warnedAt()),
          Instants.format(target.metAt()),
          Instants.format(target.breachedAt()));
    }
  }
}
