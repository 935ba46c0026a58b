package com.followup.admin.agent;

import com.followup.dialer.agent.AgentCallChanged;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What a live page's listener would hear: every {@link AgentCallChanged} of this instance. */
@Singleton
class AgentChangesHeard {

  private final List<String> agents = new CopyOnWriteArrayList<>();

  @EventListener
  void on(AgentCallChanged change) {
    agents.add(change.username());
  }

  long of(String username) {
    return agents.stream().filter(username::equals).count();
  }
}
