package com.followup.admin.console.agent;

import com.followup.dialer.agent.AgentCallChanged;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Wakes an agent's open event streams at once when this instance changed the agent or its call.
 * Changes made on another instance are seen by the streams' one-second version poll instead.
 */
@Singleton
class AgentWakeups {

  private final Map<String, Set<Sinks.Many<Boolean>>> streams = new ConcurrentHashMap<>();

  Flux<Boolean> of(String username) {
    Sinks.Many<Boolean> sink = Sinks.many().multicast().directBestEffort();
    return sink.asFlux()
        .doOnSubscribe(
            s -> streams.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet()).add(sink))
        .doFinally(
            signal ->
                streams.computeIfPresent(
                    username,
                    (u, sinks) -> {
                      sinks.remove(sink);
                      return sinks.isEmpty() ? null : sinks;
                    }));
  }

  /** Runs on the dialer's thread: only signals, never blocks. */
  @EventListener
  void onChange(AgentCallChanged changed) {
    Set<Sinks.Many<Boolean>> sinks = streams.get(changed.username());
    if (sinks != null) {
      sinks.forEach(sink -> sink.tryEmitNext(Boolean.TRUE));
    }
  }
}
