package com.followup.admin.followup;

import com.followup.campaign.dispatch.FollowUpsMissed;
import com.followup.campaign.dispatch.MissedFollowUp;
import com.followup.sla.breach.ExternalBreach;
import com.followup.sla.breach.RecordExternalBreach;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/**
 * A follow-up step that ended MISSED is an SLA breach: written to the ledger in the transaction
 * that settles the step, charged to the dealer when its record came after the deadline.
 */
@Singleton
class MissedFollowUpBreaches {

  private final RecordExternalBreach breaches;

  MissedFollowUpBreaches(RecordExternalBreach breaches) {
    this.breaches = breaches;
  }

  @EventListener
  void onMissed(FollowUpsMissed event) {
    breaches.recordAll(
        event.missed().stream()
            // a missed SLA callback: its ticket target breaches on the SLA tracker's own clock
            .filter(missed -> missed.ticketId() == null)
            .map(MissedFollowUpBreaches::breach)
            .toList());
  }

  private static ExternalBreach breach(MissedFollowUp missed) {
    return new ExternalBreach(
        "followup-missed:" + missed.campaign() + "-" + missed.step(),
        missed.dealerCode(),
        reason(missed),
        missed.missedAt(),
        missed.chargedToDealer() ? "dealer:" + missed.dealerCode() : null);
  }

  private static String reason(MissedFollowUp missed) {
    String what =
        switch (missed.reason()) {
          case "LATE_RECORD" -> "the dealer reported the record after the step's deadline";
          case "ATTEMPT_LIMIT" -> "every allowed attempt went unanswered";
          default -> "the step's deadline passed without contact";
        };
    return "Follow-up "
        + missed.followUpId()
        + " ("
        + missed.campaign()
        + " step "
        + missed.step()
        + ", deadline "
        + missed.deadline()
        + "): "
        + what;
  }
}
