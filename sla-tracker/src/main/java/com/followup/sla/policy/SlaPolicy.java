package com.followup.sla.policy;

import com.followup.sla.calendar.BusinessHours;
import com.followup.sla.calendar.CalendarTime;
import com.followup.sla.calendar.WorkingTime;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * One version of a ticket type's SLA policy. Tickets keep the version they were opened under.
 *
 * @param ticketType the tickets it applies to
 * @param version 1, 2, … in the order managers revised it
 * @param timeBasis whether targets count calendar time or business hours
 * @param businessHours the working hours, holidays and zone; required for business hours
 * @param warningPercent share of a target's allowed time after which a warning goes out (1–99)
 * @param targets the timed obligations
 */
@Serdeable
public record SlaPolicy(
    TicketType ticketType,
    int version,
    TimeBasis timeBasis,
    @Nullable BusinessHours businessHours,
    int warningPercent,
    List<TargetRule> targets) {

  public SlaPolicy {
    if (ticketType == null) {
      throw new IllegalArgumentException("a policy needs a ticket type");
    }
    if (version < 1) {
      throw new IllegalArgumentException("policy versions start at 1");
    }
    timeBasis = timeBasis == null ? TimeBasis.CALENDAR : timeBasis;
    if (timeBasis == TimeBasis.BUSINESS_HOURS && businessHours == null) {
      throw new IllegalArgumentException("a BUSINESS_HOURS policy needs businessHours");
    }
    if (warningPercent < 1 || warningPercent > 99) {
      throw new IllegalArgumentException("warningPercent must be between 1 and 99");
    }
    if (targets == null
        || targets.isEmpty()
        || targets.stream().anyMatch(java.util.Objects::isNull)) {
      throw new IllegalArgumentException("a policy needs at least one target");
    }
    var names = new HashSet<String>();
    for (TargetRule target : targets) {
      if (!names.add(target.name())) {
        throw new IllegalArgumentException("target names must be unique: " + target.name());
      }
    }
    targets = List.copyOf(targets);
  }

  /** The time its targets' clocks run in. */
  public WorkingTime workingTime() {
    return timeBasis == TimeBasis.BUSINESS_HOURS ? businessHours : CalendarTime.INSTANCE;
  }

  public Optional<TargetRule> target(String name) {
    return targets.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** The same rules as the next version. */
  public SlaPolicy withVersion(int next) {
    return new SlaPolicy(ticketType, next, timeBasis, businessHours, warningPercent, targets);
  }
}
