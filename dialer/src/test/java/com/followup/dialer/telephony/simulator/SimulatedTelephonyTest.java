package com.followup.dialer.telephony.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.dialer.telephony.AgentEndpoint;
import com.followup.dialer.telephony.AnsweredBy;
import com.followup.dialer.telephony.AttemptId;
import com.followup.dialer.telephony.CallAttempt;
import com.followup.dialer.telephony.CallAttempts;
import com.followup.dialer.telephony.CallEvent;
import com.followup.dialer.telephony.CallEventType;
import com.followup.dialer.telephony.CallProgress;
import com.followup.dialer.telephony.Conversations;
import com.followup.dialer.telephony.MachineBehaviour;
import com.followup.dialer.telephony.OutboundCall;
import com.followup.dialer.telephony.Placement;
import com.followup.dialer.telephony.Telephony;
import com.followup.dialer.telephony.support.RecordedCallEvents;
import io.micronaut.context.BeanProvider;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulator through its bean, on MariaDB: 1 real ms is 1 simulated second here. */
@MicronautTest(transactional = false)
class SimulatedTelephonyTest {

  @Inject Telephony telephony;
  @Inject CallAttempts attempts;
  @Inject CallProgress progress;
  @Inject RecordedCallEvents events;
  @Inject Clock clock;
  @Inject BeanProvider<Conversations> conversations;

  final List<SimulatedTelephony> started = new ArrayList<>();

  @AfterEach
  void stopSimulators() {
    started.forEach(SimulatedTelephony::stop);
  }

  SimulatedTelephony simulator(double human, double machine, long seed) {
    return simulator(human, machine, seed, 30);
  }

  /** Rates, a seed, and how many simulated seconds (real ms) a person waits for an agent. */
  SimulatedTelephony simulator(double human, double machine, long seed, int holdSeconds) {
    double busy = 0.05 * (1 - human - machine);
    return simulator(
        new SimulatorSettings(human, machine, busy, 2, 20, 30, holdSeconds, 15, seed, 1000));
  }

  SimulatedTelephony simulator(SimulatorSettings settings) {
    SimulatedTelephony simulator =
        new SimulatedTelephony(
            settings,
            new SimulatedSurveySettings(null, 0.1, 0.05, 4),
            progress,
            conversations,
            clock);
    started.add(simulator);
    return simulator;
  }

  OutboundCall call(MachineBehaviour machine) {
    return new OutboundCall(
        attempts.nextId(),
        1,
        "+8613812345678",
        "purchase",
        machine,
        "Hello from ACME, we will call again.",
        "Sorry, all ACME agents are busy; we will call you back.");
  }

  @Test
  void the_simulator_is_the_telephony_when_no_mode_is_set() {
    assertThat(telephony).isInstanceOf(SimulatedTelephony.class);
  }

  @Test
  void placing_the_same_attempt_twice_dials_once() {
    OutboundCall call = call(MachineBehaviour.HANG_UP);

    Placement first = telephony.place(call);
    Placement again = telephony.place(call);
    List<CallEvent> seen = events.awaitEnd(call.attemptId());

    assertThat(again).isEqualTo(first);
    assertThat(first.placed()).isTrue();
    assertThat(seen.stream().filter(e -> e.type().isTerminal())).hasSize(1);
  }

  @Test
  void a_bridged_person_stays_on_the_line_until_hung_up() throws Exception {
    SimulatedTelephony simulator = simulator(1.0, 0, 1, 300);
    AttemptId id = simulator.place(call(MachineBehaviour.HANG_UP)).attemptId();

    assertThat(events.await(id, CallEventType.ANSWERED).answeredBy()).isEqualTo(AnsweredBy.PERSON);
    simulator.bridge(id, new AgentEndpoint("agent-7"));
    Thread.sleep(400); // simulated talk, past the 300 s a waiting person would hold
    assertThat(events.typesOf(id)).doesNotContain(CallEventType.COMPLETED);
    simulator.hangUp(id);

    assertThat(events.await(id, CallEventType.COMPLETED).duration()).isPositive();
    CallAttempt stored = attempts.find(id).orElseThrow();
    assertThat(stored.agent()).isEqualTo("agent-7");
    assertThat(stored.result().talkSeconds()).isGreaterThanOrEqualTo(400);
  }

  @Test
  void calls_still_up_when_the_simulator_stops_end_and_are_not_left_ringing() {
    // nobody answers, and the phone rings for a minute (60,000 simulated seconds)
    SimulatedTelephony simulator =
        simulator(new SimulatorSettings(0, 0, 0, 2, 20, 60_000, 30, 15, 3L, 1000));
    AttemptId ringing = simulator.place(call(MachineBehaviour.HANG_UP)).attemptId();
    SimulatedTelephony talking = simulator(1.0, 0, 4, 3000);
    AttemptId bridged = talking.place(call(MachineBehaviour.HANG_UP)).attemptId();
    events.await(bridged, CallEventType.ANSWERED);
    talking.bridge(bridged, new AgentEndpoint("agent-8"));

    simulator.stop();
    talking.stop();

    assertThat(events.await(ringing, CallEventType.FAILED)).isNotNull();
    assertThat(attempts.find(ringing).orElseThrow().hasEnded()).isTrue();
    assertThat(events.await(bridged, CallEventType.COMPLETED).duration()).isPositive();
    assertThat(attempts.find(bridged).orElseThrow().agent()).isEqualTo("agent-8");
  }

  @Test
  void an_abandoned_person_hears_the_message_then_the_call_completes() {
    SimulatedTelephony simulator = simulator(1.0, 0, 2, 3000);
    AttemptId id = simulator.place(call(MachineBehaviour.HANG_UP)).attemptId();

    events.await(id, CallEventType.ANSWERED);
    simulator.abandon(id);

    assertThat(events.awaitEnd(id))
        .last()
        .extracting(CallEvent::type)
        .isEqualTo(CallEventType.COMPLETED);
    CallAttempt stored = attempts.find(id).orElseThrow();
    assertThat(stored.times().abandonedAt()).isNotNull();
    assertThat(stored.result().durationSeconds()).isGreaterThanOrEqualTo(15);
  }

  @Test
  void a_machine_is_hung_up_at_once_or_given_the_message_per_the_campaign() {
    SimulatedTelephony simulator = simulator(0, 1.0, 3);
    AttemptId hangUp = simulator.place(call(MachineBehaviour.HANG_UP)).attemptId();
    AttemptId message = simulator.place(call(MachineBehaviour.LEAVE_MESSAGE)).attemptId();

    assertThat(events.await(hangUp, CallEventType.COMPLETED).duration())
        .isEqualTo(Duration.ofSeconds(1));
    assertThat(events.await(message, CallEventType.COMPLETED).duration())
        .isEqualTo(Duration.ofSeconds(15));
    assertThat(events.await(message, CallEventType.ANSWERED).answeredBy())
        .isEqualTo(AnsweredBy.MACHINE);
  }

  @Test
  void runs_with_the_same_seed_are_reproducible() {
    assertThat(run(simulator(0.3, 0.2, 99), 25)).isEqualTo(run(simulator(0.3, 0.2, 99), 25));
  }

  @Test
  void the_human_answer_rate_holds_over_many_calls() {
    List<List<String>> calls = run(simulator(0.4, 0.2, 5), 200);
    long people =
        calls.stream()
            .filter(c -> c.stream().anyMatch(e -> e.startsWith("ANSWERED PERSON")))
            .count();

    assertThat(people / 200.0).isBetween(0.32, 0.48);
  }

  /** Each call's events as "TYPE [who] +seconds after placing", placed one after another. */
  private List<List<String>> run(SimulatedTelephony simulator, int calls) {
    List<AttemptId> ids = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      ids.add(simulator.place(call(MachineBehaviour.LEAVE_MESSAGE)).attemptId());
    }
    List<List<String>> described = new ArrayList<>();
    for (AttemptId id : ids) {
      var placedAt = attempts.find(id).orElseThrow().times().placedAt();
      described.add(
          events.awaitEnd(id).stream()
              .map(
                  e ->
                      e.type()
                          + (e.answeredBy() == null ? "" : " " + e.answeredBy())
                          + " +"
                          + Duration.between(placedAt, e.at()).toMillis())
              .toList());
    }
    return described;
  }
}
