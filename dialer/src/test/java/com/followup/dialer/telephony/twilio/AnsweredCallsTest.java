package com.followup.dialer.telephony.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.dialer.telephony.AgentEndpoint;
import com.followup.dialer.telephony.AttemptId;
import com.followup.dialer.telephony.CallAttempts;
import com.followup.dialer.telephony.MachineBehaviour;
import com.followup.dialer.telephony.OutboundCall;
import com.followup.dialer.telephony.Telephony;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What happens once Twilio's detection says who answered: the webhooks as Twilio calls them (their
 * signatures are checked in admin-api), call updates seen on the WireMock stand-in.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnsweredCallsTest implements TestPropertyProvider {

  static final String TO = "+4915112345678";
  final TwilioStandIn twilio = new TwilioStandIn();

  @Inject Telephony telephony;
  @Inject TwilioWebhooks webhooks;
  @Inject CallAttempts attempts;

  @Override
  public Map<String, String> getProperties() {
    return twilio.properties();
  }

  @BeforeEach
  void reset() {
    twilio.server.resetAll();
  }

  @AfterAll
  void stop() {
    twilio.server.stop();
  }

  AttemptId answeredBy(String amd, MachineBehaviour machine, String sid) {
    twilio.acceptsCalls(sid, TO);
    OutboundCall call =
        new OutboundCall(
            attempts.nextId(),
            5,
            TO,
            "purchase",
            machine,
            "This is ACME customer care, we will call you again tomorrow.",
            "Sorry, all ACME agents are busy. We will call you back.");
    AttemptId id = telephony.place(call).attemptId();
    webhooks.status(id.toString(), Map.of("CallSid", sid, "CallStatus", "in-progress"));
    webhooks.amd(id.toString(), Map.of("CallSid", sid, "AnsweredBy", amd));
    return id;
  }

  @Test
  void an_answered_call_holds_until_an_agent_or_the_abandon_message() {
    String sid = TwilioStandIn.newSid();
    twilio.acceptsCalls(sid, TO);
    AttemptId id = answeredBy("unknown", MachineBehaviour.HANG_UP, sid);

    String twiml = webhooks.voice(id.toString(), Map.of("CallSid", sid));

    assertThat(twiml)
        .contains("<Pause length=\"60\"/>")
        .contains("<Say>Sorry, all ACME agents are busy. We will call you back.</Say>")
        .endsWith("<Hangup/></Response>");
  }

  @Test
  void a_machine_is_hung_up_when_the_campaign_says_hang_up() {
    String sid = TwilioStandIn.newSid();

    answeredBy("machine_start", MachineBehaviour.HANG_UP, sid);

    assertThat(twilio.updatesOf(sid)).hasSize(1);
    assertThat(TwilioStandIn.form(twilio.updatesOf(sid).get(0)))
        .containsEntry("Status", "completed");
  }

  @Test
  void a_machine_gets_the_message_when_the_campaign_says_leave_a_message() {
    String sid = TwilioStandIn.newSid();

    answeredBy("machine_end_beep", MachineBehaviour.LEAVE_MESSAGE, sid);

    assertThat(TwilioStandIn.form(twilio.updatesOf(sid).get(0)).get("Twiml"))
        .contains("<Say>This is ACME customer care, we will call you again tomorrow.</Say>")
        .contains("<Hangup/>");
  }

  @Test
  void a_replayed_detection_result_changes_the_call_only_once() {
    String sid = TwilioStandIn.newSid();
    AttemptId id = answeredBy("machine_start", MachineBehaviour.HANG_UP, sid);

    webhooks.amd(id.toString(), Map.of("CallSid", sid, "AnsweredBy", "machine_start"));

    assertThat(twilio.updatesOf(sid)).hasSize(1);
  }

  @Test
  void a_person_is_bridged_to_the_reserved_agent() {
    String sid = TwilioStandIn.newSid();
    AttemptId id = answeredBy("human", MachineBehaviour.HANG_UP, sid);

    telephony.bridge(id, new AgentEndpoint("agent-7"));

    assertThat(twilio.updatesOf(sid)).hasSize(1);
    assertThat(TwilioStandIn.form(twilio.updatesOf(sid).get(0)).get("Twiml"))
        .contains("<Dial answerOnBridge=\"true\"><Client>agent-7</Client></Dial>");
    assertThat(attempts.find(id).orElseThrow().agent()).isEqualTo("agent-7");
  }

  @Test
  void a_person_without_a_free_agent_hears_the_abandon_message_naming_the_company() {
    String sid = TwilioStandIn.newSid();
    AttemptId id = answeredBy("human", MachineBehaviour.HANG_UP, sid);

    telephony.abandon(id);
    telephony.bridge(id, new AgentEndpoint("+4930123456")); // too late: ignored

    assertThat(twilio.updatesOf(sid)).hasSize(1);
    assertThat(TwilioStandIn.form(twilio.updatesOf(sid).get(0)).get("Twiml"))
        .contains("<Say>Sorry, all ACME agents are busy. We will call you back.</Say><Hangup/>");
  }

  @Test
  void a_second_call_reported_for_an_attempt_is_hung_up_and_changes_nothing() {
    String sid = TwilioStandIn.newSid();
    String stray = TwilioStandIn.newSid();
    AttemptId id = answeredBy("human", MachineBehaviour.HANG_UP, sid);

    webhooks.status(id.toString(), Map.of("CallSid", stray, "CallStatus", "ringing"));
    webhooks.status(
        id.toString(), Map.of("CallSid", stray, "CallStatus", "completed", "CallDuration", "3"));

    assertThat(TwilioStandIn.form(twilio.updatesOf(stray).get(0)))
        .containsEntry("Status", "completed");
    assertThat(attempts.find(id).orElseThrow().hasEnded()).isFalse();
  }
}
