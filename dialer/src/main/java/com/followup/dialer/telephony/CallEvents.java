package com.followup.dialer.telephony;

/**
 * Receives the events of placed calls. Every {@link CallEvents} bean gets each event once, after it
 * is recorded, in the order the call moves: duplicates and late (out-of-order) reports from the
 * provider never reach a listener. Every attempt ends with exactly one terminal event ({@link
 * CallEventType#COMPLETED}, {@link CallEventType#NO_ANSWER}, {@link CallEventType#BUSY} or {@link
 * CallEventType#FAILED}, the last also for a call that could not be placed).
 *
 * <p>Called on a telephony thread (the simulator's timer, or the HTTP thread of a Twilio webhook):
 * return quickly and do not throw.
 */
@FunctionalInterface
public interface CallEvents {

  void on(CallEvent event);
}
