package com.followup.dialer.telephony;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Any;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where every provider report about a call goes: recorded in {@code call_attempt} under a row lock,
 * and passed on to the {@link CallEvents} beans only when it moves the call forward. Shared by the
 * simulator and the Twilio adapter, so both behave the same for repeats and late reports.
 */
@Singleton
public class CallProgress {

  private static final Logger LOG = LoggerFactory.getLogger(CallProgress.class);

  private final CallAttempts attempts;
  private final BeanProvider<CallEvents> listeners;

  CallProgress(CallAttempts attempts, @Any BeanProvider<CallEvents> listeners) {
    this.attempts = attempts;
    this.listeners = listeners;
  }

  /** Records a new attempt; false when this attempt id was placed before. */
  public boolean start(OutboundCall call, TelephonyMode mode, Instant at) {
    return attempts.insert(CallAttempt.start(call, mode, at));
  }

  /** The provider accepted the call under {@code providerCallId}. */
  public void placed(AttemptId attempt, String providerCallId) {
    attempts.change(attempt, a -> Optional.of(a.placed(providerCallId)));
  }

  /** Records {@code event}; true when it moved the call forward and was passed on. */
  public boolean report(CallEvent event) {
    Optional<CallAttempt> moved = attempts.change(event.attemptId(), a -> a.on(event));
    moved.ifPresent(a -> publish(event));
    return moved.isPresent();
  }

  /** Records the bridge to an agent; the call as it is now, when it was waiting for one. */
  public Optional<CallAttempt> bridged(AttemptId attempt, AgentEndpoint agent, Instant at) {
    return attempts.change(attempt, a -> a.bridged(agent, at));
  }

  /** Records an abandoned call; the call as it is now, when it was waiting for an agent. */
  public Optional<CallAttempt> abandoned(AttemptId attempt, Instant at) {
    return attempts.change(attempt, a -> a.abandoned(at));
  }

  /** Records the agent's after-call work on an ended attempt; false if it has not ended. */
  public boolean wrappedUp(AttemptId attempt, Duration wrapUp) {
    return attempts.change(attempt, a -> a.wrappedUp(wrapUp)).isPresent();
  }

  /**
   * True when {@code providerCallId} is the call of one of our attempts other than {@code attempt}
   * (a callback may have told {@code attempt} its own call before the provider's answer did).
   */
  public boolean knowsCallOfAnother(String providerCallId, AttemptId attempt) {
    return attempts.isRecordedCallOfAnother(providerCallId, attempt);
  }

  public Optional<CallAttempt> find(AttemptId attempt) {
    return attempts.find(attempt);
  }

  private void publish(CallEvent event) {
    listeners.stream()
        .forEach(
            listener -> {
              try {
                listener.on(event);
              } catch (RuntimeException e) {
                LOG.warn("call event listener {} failed on {}", listener, event.type(), e);
              }
            });
  }
}
