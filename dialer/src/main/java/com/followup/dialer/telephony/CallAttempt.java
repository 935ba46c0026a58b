package com.followup.dialer.telephony;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One dial attempt and the state machine of its call. A call only moves forward: an event for a
 * stage the call has reached or passed (a repeat, or a late report arriving out of order) changes
 * nothing, so replayed and reordered provider callbacks are harmless. Changes return new values.
 */
public record CallAttempt(
    OutboundCall call,
    TelephonyMode mode,
    String providerCallId,
    CallStage stage,
    String agent,
    CallTimes times,
    CallResult result) {

  public CallAttempt {
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(times, "times");
    Objects.requireNonNull(result, "result");
  }

  /** A new attempt, recorded before the provider is asked. */
  public static CallAttempt start(OutboundCall call, TelephonyMode mode, Instant at) {
    return new CallAttempt(
        call, mode, null, CallStage.PLACING, null, CallTimes.placedAt(at), CallResult.NONE);
  }

  public AttemptId id() {
    return call.attemptId();
  }

  /** What placing this attempt did, for a repeated {@link Telephony#place}. */
  public Placement placement() {
    if (providerCallId != null) {
      return Placement.placed(id(), providerCallId);
    }
    return Placement.notPlaced(
        id(), stage == CallStage.PLACING ? "still being placed" : result.failureReason());
  }

  public boolean hasEnded() {
    return stage == CallStage.ENDED;
  }

  /** The provider accepted the call; a callback may already have moved it further. */
  public CallAttempt placed(String callId) {
    CallStage next = stage == CallStage.PLACING ? CallStage.PLACED : stage;
    return new CallAttempt(call, mode, adopt(callId), next, agent, times, result);
  }

  /** The attempt after {@code event}, or empty when the event does not move the call forward. */
  public Optional<CallAttempt> on(CallEvent event) {
    CallStage next = event.type().stage();
    if (!stage.isBefore(next)) {
      return Optional.empty();
    }
    String callId = adopt(event.providerCallId());
    Instant at = event.at();
    return Optional.of(
        switch (event.type()) {
          case RINGING ->
              new CallAttempt(call, mode, callId, next, agent, times.ringing(at), result);
          case ANSWERED ->
              new CallAttempt(
                  call,
                  mode,
                  callId,
                  next,
                  agent,
                  times.answered(at),
                  result.answeredBy(event.answeredBy()));
          default ->
              new CallAttempt(call, mode, callId, next, agent, times.ended(at), ended(event, at));
        });
  }

  /**
   * Bridged to an agent: only an answered call that was neither bridged nor abandoned. A call with
   * a recording announcement hears it first: it is recorded as played at the same moment.
   */
  public Optional<CallAttempt> bridged(AgentEndpoint to, Instant at) {
    if (!awaitingAgent()) {
      return Optional.empty();
    }
    CallTimes next = call.recordingAnnouncement() == null ? times : times.announced(at);
    return Optional.of(
        new CallAttempt(call, mode, providerCallId, stage, to.address(), next.bridged(at), result));
  }

  /** Abandoned (no agent in time): only an answered call that was neither bridged nor abandoned. */
  public Optional<CallAttempt> abandoned(Instant at) {
    if (!awaitingAgent()) {
      return Optional.empty();
    }
    return Optional.of(
        new CallAttempt(call, mode, providerCallId, stage, agent, times.abandoned(at), result));
  }

  /** The agent's after-call work, recorded once the call has ended. */
  public Optional<CallAttempt> wrappedUp(Duration wrapUp) {
    if (!hasEnded() || wrapUp.isNegative()) {
      return Optional.empty();
    }
    return Optional.of(
        new CallAttempt(
            call,
            mode,
            providerCallId,
            stage,
            agent,
            times,
            result.wrapUp((int) wrapUp.toSeconds())));
  }

  private boolean awaitingAgent() {
    return stage == CallStage.ANSWERED && times.bridgedAt() == null && times.abandonedAt() == null;
  }

  private String adopt(String callId) {
    return providerCallId != null ? providerCallId : callId;
  }

  private CallResult ended(CallEvent event, Instant at) {
    Integer duration = event.duration() == null ? null : (int) event.duration().toSeconds();
    Integer talk =
        times.bridgedAt() == null
            ? null
            : (int) Math.max(0, Duration.between(times.bridgedAt(), at).toSeconds());
    return result.ended(event.type(), duration, talk, event.reason());
  }
}
