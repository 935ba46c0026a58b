package com.followup.dialer.telephony.support;

import com.followup.dialer.telephony.AttemptId;
import com.followup.dialer.telephony.CallEvent;
import com.followup.dialer.telephony.CallEventType;
import com.followup.dialer.telephony.CallEvents;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A listener, as the dialer's pacing loop will be: keeps every event it is given. */
@Singleton
public class RecordedCallEvents implements CallEvents {

  private final List<CallEvent> events = new CopyOnWriteArrayList<>();

  @Override
  public void on(CallEvent event) {
    events.add(event);
  }

  public List<CallEvent> of(AttemptId attempt) {
    return events.stream().filter(e -> e.attemptId().equals(attempt)).toList();
  }

  public List<CallEventType> typesOf(AttemptId attempt) {
    return of(attempt).stream().map(CallEvent::type).toList();
  }

  /** Waits (up to 5 s) until the attempt has ended, and returns its events. */
  public List<CallEvent> awaitEnd(AttemptId attempt) {
    return await(attempt, e -> e.type().isTerminal());
  }

  /** Waits (up to 5 s) for an event of {@code type}. */
  public CallEvent await(AttemptId attempt, CallEventType type) {
    return await(attempt, e -> e.type() == type).stream()
        .filter(e -> e.type() == type)
        .findFirst()
        .orElseThrow();
  }

  private List<CallEvent> await(AttemptId attempt, java.util.function.Predicate<CallEvent> done) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (System.nanoTime() < deadline) {
      List<CallEvent> seen = of(attempt);
      if (seen.stream().anyMatch(done)) {
        return seen;
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("attempt " + attempt + " did not get there; events: " + of(attempt));
  }
}
