package com.followup.dialer.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The per-call state machine: only forward, repeats and late reports change nothing. */
class CallAttemptTest {

  static final Instant T0 = Instant.parse("2026-11-20T01:00:00Z");
  static final AttemptId ID = new AttemptId(7);
  static final OutboundCall CALL =
      new OutboundCall(
          ID, 11, "+8613812345678", "purchase", MachineBehaviour.HANG_UP, null, "Sorry — ACME");

  CallAttempt placed() {
    return CallAttempt.start(CALL, TelephonyMode.TWILIO, T0).placed("CA1");
  }

  @Test
  void a_call_moves_through_ringing_answered_and_completed() {
    CallAttempt a =
        placed()
            .on(CallEvent.ringing(ID, "CA1", T0.plusSeconds(1)))
            .flatMap(r -> r.on(CallEvent.answered(ID, "CA1", T0.plusSeconds(5), AnsweredBy.PERSON)))
            .flatMap(r -> r.bridged(new AgentEndpoint("agent-1"), T0.plusSeconds(6)))
            .flatMap(
                r ->
                    r.on(
                        CallEvent.completed(ID, "CA1", T0.plusSeconds(66), Duration.ofSeconds(61))))
            .orElseThrow();

    assertThat(a.stage()).isEqualTo(CallStage.ENDED);
    assertThat(a.result().outcome()).isEqualTo(CallEventType.COMPLETED);
    assertThat(a.result().amdResult()).isEqualTo(AnsweredBy.PERSON);
    assertThat(a.result().durationSeconds()).isEqualTo(61);
    assertThat(a.result().talkSeconds()).isEqualTo(60);
    assertThat(a.agent()).isEqualTo("agent-1");
  }

  @Test
  void a_repeated_event_changes_nothing() {
    CallAttempt ringing = placed().on(CallEvent.ringing(ID, "CA1", T0)).orElseThrow();

    assertThat(ringing.on(CallEvent.ringing(ID, "CA1", T0))).isEmpty();
  }

  @Test
  void completed_before_ringing_leaves_the_call_completed() {
    CallAttempt completed =
        placed()
            .on(CallEvent.completed(ID, "CA1", T0.plusSeconds(30), Duration.ofSeconds(20)))
            .orElseThrow();

    assertThat(completed.on(CallEvent.ringing(ID, "CA1", T0.plusSeconds(1)))).isEmpty();
    assertThat(completed.on(CallEvent.answered(ID, "CA1", T0.plusSeconds(2), AnsweredBy.MACHINE)))
        .isEmpty();
    assertThat(completed.result().outcome()).isEqualTo(CallEventType.COMPLETED);
  }

  @Test
  void only_an_answered_call_waiting_for_an_agent_can_be_bridged_or_abandoned() {
    CallAttempt ringing = placed().on(CallEvent.ringing(ID, "CA1", T0)).orElseThrow();
    CallAttempt answered =
        ringing.on(CallEvent.answered(ID, "CA1", T0, AnsweredBy.PERSON)).orElseThrow();
    CallAttempt abandoned = answered.abandoned(T0.plusSeconds(2)).orElseThrow();

    assertThat(ringing.bridged(new AgentEndpoint("a"), T0)).isEmpty();
    assertThat(abandoned.bridged(new AgentEndpoint("a"), T0)).isEmpty();
    assertThat(abandoned.abandoned(T0)).isEmpty();
  }

  @Test
  void a_callback_that_arrives_before_the_create_response_keeps_its_call_id() {
    CallAttempt ringing =
        CallAttempt.start(CALL, TelephonyMode.TWILIO, T0)
            .on(CallEvent.ringing(ID, "CA1", T0))
            .orElseThrow()
            .placed("CA1");

    assertThat(ringing.stage()).isEqualTo(CallStage.RINGING);
    assertThat(ringing.providerCallId()).isEqualTo("CA1");
    assertThat(ringing.placed("CA2").providerCallId()).isEqualTo("CA1");
  }

  @Test
  void a_call_with_a_recording_announcement_records_it_played_when_the_agent_is_bridged() {
    OutboundCall announced =
        new OutboundCall(
            ID,
            11,
            "+8613812345678",
            "purchase",
            MachineBehaviour.HANG_UP,
            null,
            "Sorry — ACME",
            "This call may be recorded.");
    CallAttempt answered =
        CallAttempt.start(announced, TelephonyMode.TWILIO, T0)
            .placed("CA1")
            .on(CallEvent.answered(ID, "CA1", T0.plusSeconds(5), AnsweredBy.PERSON))
            .orElseThrow();

    CallAttempt bridged =
        answered.bridged(new AgentEndpoint("agent-1"), T0.plusSeconds(6)).orElseThrow();
    CallAttempt plain =
        placed()
            .on(CallEvent.answered(ID, "CA1", T0.plusSeconds(5), AnsweredBy.PERSON))
            .flatMap(r -> r.bridged(new AgentEndpoint("agent-1"), T0.plusSeconds(6)))
            .orElseThrow();

    assertThat(answered.times().announcedAt()).isNull();
    assertThat(bridged.times().announcedAt()).isEqualTo(T0.plusSeconds(6));
    assertThat(plain.times().announcedAt()).isNull();
  }

  @Test
  void a_blank_recording_announcement_is_none() {
    OutboundCall blank =
        new OutboundCall(
            ID, 11, "+8613812345678", "purchase", MachineBehaviour.HANG_UP, null, "Sorry", "  ");

    assertThat(blank.recordingAnnouncement()).isNull();
  }
}
