package com.followup.admin.twilio;

import com.followup.dialer.telephony.AttemptId;
import com.followup.dialer.telephony.CallEvent;
import com.followup.dialer.telephony.CallEventType;
import com.followup.dialer.telephony.CallEvents;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A listener, as the dialer's pacing loop will be: keeps every event it is given. */
@Singleton
class RecordedCallEvents implements CallEvents {

  private final List<CallEvent> events = new CopyOnWriteArrayList<>();

  @Override
  public void on(CallEvent event) {
    events.add(event);
  }

  List<CallEventType> typesOf(AttemptId attempt) {
    return events.stream().filter(e -> e.attemptId().equals(attempt)).map(CallEvent::type).toList();
  }
}
