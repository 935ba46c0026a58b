package com.followup.dialer.agent;

import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every {@link AgentCallChanged} published in the test's application, in order. */
@Singleton
class RecordedAgentChanges implements ApplicationEventListener<AgentCallChanged> {

  private final List<AgentCallChanged> changes = new CopyOnWriteArrayList<>();

  @Override
  public void onApplicationEvent(AgentCallChanged event) {
    changes.add(event);
  }

  long of(String username) {
    return changes.stream().filter(c -> c.username().equals(username)).count();
  }
}
