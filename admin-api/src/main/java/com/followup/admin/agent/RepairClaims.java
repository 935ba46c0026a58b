package com.followup.admin.agent;

import com.followup.campaign.dispatch.CallToPlace;
import com.followup.campaign.verification.RepairVerifications;
import com.followup.dialer.dialing.AgentCall;
import com.followup.sla.policy.TicketType;
import com.followup.sla.ticket.NewTicket;
import com.followup.sla.ticket.OpenTicket;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;

/**
 * A repair follow-up checks the service station's claim: what the customer says is kept once per
 * call, and a mismatch opens one PROBLEM ticket for the service network, in the same transaction (a
 * crash keeps both or neither; the form sent again records nothing new).
 */
@Singleton
class RepairClaims {

  private final RepairVerifications verifications;
  private final OpenTicket open;
  private final String department;

  RepairClaims(
      RepairVerifications verifications,
      OpenTicket open,
      @Value("${followup.verification.department:service-network}") String department) {
    this.verifications = verifications;
    this.open = open;
    this.department = department;
  }

  /** The reported parts of a record, as the station wrote them ({@code ;}-separated). */
  static List<String> claimedParts(CallToPlace call) {
    if (call.parts() == null || call.parts().isBlank()) {
      return List.of();
    }
    return Arrays.stream(call.parts().split(";"))
        .map(String::trim)
        .filter(p -> !p.isEmpty())
        .distinct()
        .toList();
  }

  /** Records the check; returns the mismatch's ticket, if any. */
  @Transactional
  Long verify(AgentCall taken, OutcomeRequest.VerificationRequest request, String agent) {
    CallToPlace call = taken.call();
    if (!"REPAIR".equals(call.recordType())) {
      throw new IllegalArgumentException("only a repair follow-up checks a repair claim");
    }
    List<String> claimed = claimedParts(call);
    var check = request.check();
    var recorded =
        verifications.record(
            taken.attemptId(),
            call.followUpId(),
            call.dealerCode(),
            call.recordId(),
            claimed,
            check,
            agent);
    if (!recorded.isNew() || !check.mismatch()) {
      return recorded.verification().ticketId();
    }
    String summary =
        ("Repair claim of "
            + call.dealerCode()
            + " not confirmed by the customer (record "
            + call.recordId()
            + "): "
            + String.join("; ", check.mismatches(claimed)));
    long ticket =
        open.open(
                new NewTicket(
                    TicketType.PROBLEM,
                    call.phone(),
                    call.dealerCode(),
                    department,
                    summary.length() > 2000 ? summary.substring(0, 2000) : summary,
                    null,
                    agent,
                    call.followUpId()))
            .id()
            .value();
    verifications.linkTicket(taken.attemptId(), ticket);
    return ticket;
  }
}
