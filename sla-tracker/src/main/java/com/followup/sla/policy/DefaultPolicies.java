package com.followup.sla.policy;

import static com.followup.sla.policy.TicketEventType.ANSWER_RECEIVED;
import static com.followup.sla.policy.TicketEventType.CALLBACK_DONE;
import static com.followup.sla.policy.TicketEventType.CUSTOMER_ANSWERED;
import static com.followup.sla.policy.TicketEventType.CUSTOMER_UPDATED;
import static com.followup.sla.policy.TicketEventType.DEPARTMENT_NOTIFIED;
import static com.followup.sla.policy.TicketEventType.PROGRESS_CHECKED;
import static com.followup.sla.policy.TicketEventType.RESOLVED;

import java.util.List;

/** Version 1 of every policy: the service standards of the reference call centres. */
public final class DefaultPolicies {

  static final int WARNING_PERCENT = 75;

  private DefaultPolicies() {}

  public static SlaPolicy of(TicketType type) {
    return switch (type) {
      case COMPLAINT ->
          policy(
              type,
              List.of(
                  target("department-notified", 10, TargetRule.OPENED, DEPARTMENT_NOTIFIED),
                  target("customer-updated", 20, DEPARTMENT_NOTIFIED.name(), CUSTOMER_UPDATED),
                  new TargetRule(
                      "progress-checked",
                      120,
                      TargetRule.OPENED,
                      List.of(PROGRESS_CHECKED, RESOLVED),
                      false),
                  callback("satisfaction-callback", 24 * 60)));
      case INQUIRY ->
          policy(
              type,
              List.of(
                  target("transferred", 30, TargetRule.OPENED, DEPARTMENT_NOTIFIED),
                  target("answer-received", 180, DEPARTMENT_NOTIFIED.name(), ANSWER_RECEIVED),
                  new TargetRule(
                      "customer-answered",
                      24 * 60,
                      TargetRule.OPENED,
                      List.of(CUSTOMER_ANSWERED),
                      true)));
      case PROBLEM ->
          policy(
              type,
              List.of(
                  target("transferred", 60, TargetRule.OPENED, DEPARTMENT_NOTIFIED),
                  callback("resolution-callback", 24 * 60)));
    };
  }

  private static SlaPolicy policy(TicketType type, List<TargetRule> targets) {
    return new SlaPolicy(type, 1, TimeBasis.CALENDAR, null, WARNING_PERCENT, targets);
  }

  private static TargetRule target(
      String name, int minutes, String startsOn, TicketEventType metBy) {
    return new TargetRule(name, minutes, startsOn, List.of(metBy), false);
  }

  private static TargetRule callback(String name, int minutes) {
    return new TargetRule(name, minutes, TargetRule.OPENED, List.of(CALLBACK_DONE), true);
  }
}
