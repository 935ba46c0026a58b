package com.followup.dialer.telephony;

/**
 * The dialer's port to the telephone network: the simulator by default, Twilio in {@code twilio}
 * mode ({@code followup.telephony.mode}). What happens to a placed call comes back through the
 * {@link CallEvents} beans; every attempt is recorded in {@code call_attempt}.
 *
 * <p>A typical flow: {@link #place} → RINGING → ANSWERED by PERSON → {@link #bridge} to a reserved
 * agent (or {@link #abandon} when none is free within the connect limit) → … → {@link #hangUp} →
 * COMPLETED. A machine is handled by the port itself, per {@link OutboundCall#machineBehaviour()}.
 */
public interface Telephony {

  /**
   * Places a call, paced and retried as the provider needs; blocks until the provider has accepted
   * or refused it. Never dials twice for one attempt id: placing an attempt again returns what the
   * first placement did. A call that cannot be placed is reported {@link Placement#placed()} false
   * and with a FAILED event, so the caller can queue it again.
   */
  Placement place(OutboundCall call);

  /** Connects an answered call to an agent. Ignored for a call that has ended. */
  void bridge(AttemptId attempt, AgentEndpoint agent);

  /**
   * A person answered but no agent was free within the connect limit: plays the call's abandon
   * message, then hangs up. Ignored for a call that has ended.
   */
  void abandon(AttemptId attempt);

  /** Ends the call (ringing or connected). Ignored for a call that has ended. */
  void hangUp(AttemptId attempt);
}
