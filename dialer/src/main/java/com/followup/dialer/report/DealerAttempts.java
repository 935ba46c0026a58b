package com.followup.dialer.report;

/**
 * The attempts of one dealer's follow-ups (dealerCode null: a ticket's callback, which has no
 * dealer), summed over a period: {@code attempts.hour()} is the first hour holding some, its
 * campaign '' and its agent null (every campaign and agent).
 */
public record DealerAttempts(String dealerCode, AttemptHour attempts) {

  /** The figures of both, under the first one's hour, campaign and agent. */
  static AttemptHour plus(AttemptHour a, AttemptHour b) {
    return new AttemptHour(
        a.hour(),
        a.campaign(),
        a.agent(),
        a.dials() + b.dials(),
        a.connects() + b.connects(),
        a.machines() + b.machines(),
        a.abandoned() + b.abandoned(),
        a.rightParty() + b.rightParty(),
        a.handled() + b.handled(),
        a.talkSeconds() + b.talkSeconds(),
        a.wrapUpSeconds() + b.wrapUpSeconds(),
        a.completed() + b.completed(),
        a.satisfied() + b.satisfied());
  }
}
