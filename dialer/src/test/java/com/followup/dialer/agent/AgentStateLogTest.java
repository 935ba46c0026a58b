package com.followup.dialer.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.followup.dialer.telephony.AttemptId;
import com.followup.dialer.telephony.CallAttempts;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The agent state log on MariaDB: every change an agent makes or the dialer makes to an agent is
 * appended in its transaction, and the time in each state adds up. Time is passed in, moved by
 * hand.
 */
@MicronautTest(transactional = false)
class AgentStateLogTest {

  static final Instant T0 = Instant.parse("2031-03-04T01:00:00Z");

  @Inject Agents agents;
  @Inject AgentStateLog log;
  @Inject CallAttempts attempts;
  @Inject RecordedAgentChanges changes;

  private static String someone() {
    return "agent-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static Instant at(int seconds) {
    return T0.plusSeconds(seconds);
  }

  private List<String> entries(String agent) {
    return log.entries(agent, T0.minusSeconds(1), at(10_000)).stream()
        .map(
            e ->
                Duration.between(T0, e.startedAt()).toSeconds()
                    + " "
                    + e.state()
                    + (e.reason() == null ? "" : " " + e.reason())
                    + (e.attemptId() == null ? "" : " call"))
        .toList();
  }

  @Test
  void a_pause_with_a_reason_is_recorded_and_shown_and_a_pause_without_one_is_still_allowed() {
    String agent = someone();
    agents.request(agent, AgentState.READY, at(0));

    Agent meal = agents.request(agent, AgentState.PAUSED, PauseReason.MEAL, at(60));
    Agent training = agents.request(agent, AgentState.PAUSED, PauseReason.TRAINING, at(90));
    Agent plain = agents.request(agent, AgentState.PAUSED, at(100));
    agents.request(agent, AgentState.PAUSED, at(130)); // no change: no entry

    assertThat(meal.pauseReason()).isEqualTo(PauseReason.MEAL);
    assertThat(training.pauseReason()).isEqualTo(PauseReason.TRAINING);
    assertThat(plain.state()).isEqualTo(AgentState.PAUSED);
    assertThat(plain.pauseReason()).isNull();
    assertThat(entries(agent))
        .containsExactly("0 READY", "60 PAUSED MEAL", "90 PAUSED TRAINING", "100 PAUSED");
    StateTimes times = log.timeInState(agent, T0, at(160));
    assertThat(times.of(AgentState.READY)).hasSeconds(60);
    assertThat(times.of(AgentState.PAUSED)).hasSeconds(100);
    assertThat(times.pausedByReason().get(PauseReason.MEAL)).hasSeconds(30);
    assertThat(times.pausedByReason().get(PauseReason.TRAINING)).hasSeconds(10);
    assertThat(times.pausedWithoutReason()).hasSeconds(60);
  }

  @Test
  void a_reason_that_is_not_a_pause_code_or_comes_with_another_state_is_refused() {
    assertThatThrownBy(() -> PauseReason.parse("SMOKING"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BREAK");
    assertThat(PauseReason.parse(" meal ")).isEqualTo(PauseReason.MEAL);
    assertThat(PauseReason.parse(null)).isNull();
    assertThatThrownBy(() -> agents.request(someone(), AgentState.READY, PauseReason.MEAL, T0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_full_call_cycle_logs_every_transition_and_the_pause_asked_for_during_it_after_release() {
    String agent = someone();
    AttemptId call = attempts.nextId();
    agents.request(agent, AgentState.READY, at(0));
    assertThat(agents.reserve(agent, call, "purchase", at(40))).isTrue();
    agents.connected(call, agent, at(45));
    agents.request(agent, AgentState.PAUSED, PauseReason.BREAK, at(100));
    Agent duringCall = agents.find(agent).orElseThrow();
    agents.callEnded(call, at(160));
    agents.release(call, at(190));
    Agent afterCall = agents.find(agent).orElseThrow();
    agents.request(agent, AgentState.READY, at(490));

    assertThat(duringCall.state()).isEqualTo(AgentState.ON_CALL);
    assertThat(duringCall.afterCallReason()).isEqualTo(PauseReason.BREAK);
    assertThat(afterCall.state()).isEqualTo(AgentState.PAUSED);
    assertThat(afterCall.pauseReason()).isEqualTo(PauseReason.BREAK);
    assertThat(entries(agent))
        .containsExactly(
            "0 READY", "40 ON_CALL call", "160 WRAP_UP call", "190 PAUSED BREAK", "490 READY");
    StateTimes times = log.timeInState(agent, T0, at(600));
    assertThat(times.of(AgentState.READY)).hasSeconds(40 + 110);
    assertThat(times.of(AgentState.ON_CALL)).hasSeconds(120);
    assertThat(times.of(AgentState.WRAP_UP)).hasSeconds(30);
    assertThat(times.pausedByReason().get(PauseReason.BREAK)).hasSeconds(300);
    assertThat(times.of(AgentState.OFFLINE)).isZero();
    // a window that starts inside the call counts from its start
    assertThat(log.timeInState(agent, at(100), at(200)).of(AgentState.ON_CALL)).hasSeconds(60);
    assertThat(log.timeInState(T0, at(600))).containsKey(agent);
    assertThat(log.timeInState(T0, at(600)).get(agent)).isEqualTo(times);
  }

  @Test
  void an_agent_going_offline_during_a_call_stays_offline_through_wrap_up_and_release() {
    String agent = someone();
    AttemptId call = attempts.nextId();
    agents.request(agent, AgentState.READY, at(0));
    agents.reserve(agent, call, "purchase", at(10));
    agents.connected(call, agent, at(12));
    agents.request(agent, AgentState.OFFLINE, at(30));
    agents.callEnded(call, at(35));
    agents.release(call, at(50));

    assertThat(entries(agent)).containsExactly("0 READY", "10 ON_CALL call", "30 OFFLINE call");
    assertThat(agents.find(agent).orElseThrow().stateSince()).isEqualTo(at(30));
  }

  @Test
  void the_change_version_and_the_event_move_when_the_call_is_bridged_and_on_every_change() {
    String agent = someone();
    AttemptId call = attempts.nextId();
    assertThat(agents.changeVersion(agent)).isZero();
    agents.request(agent, AgentState.READY, at(0));
    agents.reserve(agent, call, "purchase", at(5));
    long reserved = agents.changeVersion(agent);
    long eventsReserved = changes.of(agent);

    agents.connected(call, agent, at(6));

    assertThat(agents.changeVersion(agent)).isEqualTo(reserved + 1);
    assertThat(changes.of(agent)).isEqualTo(eventsReserved + 1);
    agents.callEnded(call, at(20));
    agents.release(call, at(25));
    agents.touch(agent);
    assertThat(agents.changeVersion(agent)).isEqualTo(reserved + 4);
    assertThat(changes.of(agent)).isEqualTo(eventsReserved + 4);
    // a failed reservation changes nothing
    assertThat(agents.reserve(agent, attempts.nextId(), "purchase", at(26))).isTrue();
    long busy = agents.changeVersion(agent);
    assertThat(agents.reserve(agent, attempts.nextId(), "purchase", at(27))).isFalse();
    assertThat(agents.changeVersion(agent)).isEqualTo(busy);
  }
}
