package com.followup.dialer.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.dialer.telephony.AttemptId;
import com.followup.dialer.telephony.CallAttempts;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Agents reserved for calls on MariaDB, by many threads at once. */
@MicronautTest(transactional = false)
class AgentReservationTest {

  @Inject Agents agents;
  @Inject CallAttempts attempts;
  @Inject TransactionOperations<Connection> transactions;
  @Inject Clock clock;

  @BeforeEach
  void nobodyElseIsReady() {
    transactions.executeWrite(
        s ->
            s.getConnection()
                .createStatement()
                .executeUpdate("UPDATE dialer_agent SET state = 'OFFLINE'"));
  }

  private String readyAgent() {
    String name = "agent-" + UUID.randomUUID().toString().substring(0, 8);
    agents.request(name, AgentState.READY, clock.instant());
    return name;
  }

  @Test
  void concurrent_reservations_give_each_ready_agent_one_call_and_each_call_one_agent()
      throws InterruptedException {
    List<String> ready = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ready.add(readyAgent());
    }
    Map<AttemptId, String> reserved = new ConcurrentHashMap<>();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    for (int i = 0; i < 40; i++) {
      AttemptId attempt = attempts.nextId();
      threads.submit(
          () -> {
            start.await();
            agents
                .reserveAny(attempt, "purchase", clock.instant())
                .ifPresent(agent -> reserved.put(attempt, agent));
            return null;
          });
    }
    start.countDown();
    threads.shutdown();
    assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

    assertThat(reserved).hasSize(5);
    assertThat(reserved.values()).containsExactlyInAnyOrderElementsOf(ready);
    reserved.forEach(
        (attempt, agent) ->
            assertThat(agents.find(agent).orElseThrow().attemptId()).isEqualTo(attempt));
  }

  @Test
  void an_agent_going_offline_during_a_call_keeps_it_but_gets_no_new_one() {
    String agent = readyAgent();
    AttemptId call = attempts.nextId();
    assertThat(agents.reserve(agent, call, "purchase", clock.instant())).isTrue();

    Agent offline = agents.request(agent, AgentState.OFFLINE, clock.instant());

    assertThat(offline.state()).isEqualTo(AgentState.OFFLINE);
    assertThat(offline.attemptId()).isEqualTo(call);
    assertThat(agents.reserveAny(attempts.nextId(), "purchase", clock.instant()))
        .isEqualTo(Optional.empty());
    agents.release(call, clock.instant());
    Agent after = agents.find(agent).orElseThrow();
    assertThat(after.state()).isEqualTo(AgentState.OFFLINE);
    assertThat(after.holdsCall()).isFalse();
  }

  @Test
  void a_pause_asked_for_during_a_call_applies_when_the_call_is_over() {
    String agent = readyAgent();
    AttemptId call = attempts.nextId();
    agents.reserve(agent, call, "purchase", clock.instant());

    Agent during = agents.request(agent, AgentState.PAUSED, clock.instant());
    agents.callEnded(call, clock.instant());
    assertThat(agents.find(agent).orElseThrow().state()).isEqualTo(AgentState.WRAP_UP);
    agents.release(call, clock.instant());

    assertThat(during.state()).isEqualTo(AgentState.ON_CALL);
    assertThat(during.afterCall()).isEqualTo(AgentState.PAUSED);
    assertThat(agents.find(agent).orElseThrow().state()).isEqualTo(AgentState.PAUSED);
  }
}
