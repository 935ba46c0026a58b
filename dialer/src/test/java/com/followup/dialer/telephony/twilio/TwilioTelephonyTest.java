package com.followup.dialer.telephony.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.dialer.recording.RecordingSettings;
import com.followup.dialer.telephony.CallAttempts;
import com.followup.dialer.telephony.CallEvent;
import com.followup.dialer.telephony.CallEventType;
import com.followup.dialer.telephony.CallProgress;
import com.followup.dialer.telephony.MachineBehaviour;
import com.followup.dialer.telephony.OutboundCall;
import com.followup.dialer.telephony.Placement;
import com.followup.dialer.telephony.Telephony;
import com.followup.dialer.telephony.support.RecordedCallEvents;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Placing calls with the real twilio-java client against a WireMock stand-in of Twilio. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwilioTelephonyTest implements TestPropertyProvider {

  static final String TO = "+8613812345678";
  final TwilioStandIn twilio = new TwilioStandIn();

  @Inject Telephony telephony;
  @Inject CallAttempts attempts;
  @Inject CallProgress progress;
  @Inject RecordedCallEvents events;
  @Inject TwilioSettings settings;
  @Inject Clock clock;

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

  OutboundCall call(MachineBehaviour machine) {
    return new OutboundCall(
        attempts.nextId(), 3, TO, "repair", machine, "ACME here, we will call again.", "Sorry");
  }

  @Test
  void twilio_mode_places_calls_through_twilio() {
    assertThat(telephony).isInstanceOf(TwilioTelephony.class);
  }

  @Test
  void a_call_is_created_with_our_callbacks_and_asynchronous_machine_detection() {
    String sid = TwilioStandIn.newSid();
    twilio.acceptsCalls(sid, TO);
    OutboundCall call = call(MachineBehaviour.HANG_UP);
    long id = call.attemptId().value();

    assertThat(telephony.place(call)).isEqualTo(Placement.placed(call.attemptId(), sid));

    Map<String, String> sent = TwilioStandIn.form(twilio.creations().get(0));
    String base = TwilioStandIn.PUBLIC_BASE_URL + "/twilio/";
    assertThat(sent)
        .containsEntry("To", TO)
        .containsEntry("From", TwilioStandIn.FROM)
        .containsEntry("Url", base + "voice?attempt=" + id)
        .containsEntry("StatusCallback", base + "status?attempt=" + id)
        .containsEntry("StatusCallbackEvent", "initiated,ringing,answered,completed")
        .containsEntry("MachineDetection", "Enable")
        .containsEntry("AsyncAmd", "true")
        .containsEntry("AsyncAmdStatusCallback", base + "amd?attempt=" + id);
    assertThat(attempts.find(call.attemptId()).orElseThrow().providerCallId()).isEqualTo(sid);
  }

  @Test
  void a_campaign_that_leaves_messages_waits_for_the_end_of_the_greeting() {
    twilio.acceptsCalls(TwilioStandIn.newSid(), TO);

    telephony.place(call(MachineBehaviour.LEAVE_MESSAGE));

    assertThat(TwilioStandIn.form(twilio.creations().get(0)))
        .containsEntry("MachineDetection", "DetectMessageEnd");
  }

  @Test
  void a_429_is_retried_after_a_backoff_and_creates_exactly_one_call() {
    String sid = TwilioStandIn.newSid();
    twilio.tooManyRequestsOnceThenAccepts(sid, TO);

    Placement placement = telephony.place(call(MachineBehaviour.HANG_UP));

    assertThat(placement.providerCallId()).isEqualTo(sid);
    assertThat(twilio.creations()).hasSize(2); // the refused one, then the call
    assertThat(twilio.lookUps()).isEmpty();
  }

  @Test
  void a_500_for_a_call_that_was_made_adopts_the_call_instead_of_dialing_again() {
    String sid = TwilioStandIn.newSid();
    twilio.failsWith500ButCreates(sid, TO);

    Placement placement = telephony.place(call(MachineBehaviour.HANG_UP));

    assertThat(placement.placed()).isTrue();
    assertThat(placement.providerCallId()).isEqualTo(sid);
    assertThat(twilio.creations()).hasSize(1);
    assertThat(twilio.lookUps()).isNotEmpty();
    assertThat(twilio.lookUps().get(0).queryParameter("To").firstValue()).isEqualTo(TO);
    assertThat(twilio.lookUps().get(0).queryParameter("From").firstValue())
        .isEqualTo(TwilioStandIn.FROM);
  }

  @Test
  void aCallbackOfTheCallThatArrivesBeforeTheAmbiguousAnswerIsAdoptedNotDialedAgain()
      throws Exception {
    String sid = TwilioStandIn.newSid();
    twilio.failsWith500ButCreatesAfter(sid, TO, 700);
    OutboundCall call = call(MachineBehaviour.HANG_UP);

    java.util.concurrent.CompletableFuture<Placement> placing =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> telephony.place(call));
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (attempts.find(call.attemptId()).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    // Twilio's "ringing" callback, while our request still waits for its (500) answer
    progress.report(CallEvent.ringing(call.attemptId(), sid, clock.instant()));
    Placement placement = placing.get(30, java.util.concurrent.TimeUnit.SECONDS);

    assertThat(placement.placed()).isTrue();
    assertThat(placement.providerCallId()).isEqualTo(sid);
    assertThat(twilio.creations()).hasSize(1);
  }

  @Test
  void an_unreachable_twilio_fails_the_attempt_and_never_dials_a_second_time() {
    twilio.dropsConnections();
    OutboundCall call = call(MachineBehaviour.HANG_UP);

    Placement placement = telephony.place(call);

    assertThat(placement.placed()).isFalse();
    assertThat(twilio.creations()).hasSize(1);
    assertThat(events.typesOf(call.attemptId())).containsExactly(CallEventType.FAILED);
  }

  @Test
  void a_refused_connection_fails_the_attempt_cleanly() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    TwilioSettings nowhere =
        new TwilioSettings(
            TwilioStandIn.ACCOUNT,
            TwilioStandIn.AUTH_TOKEN,
            TwilioStandIn.FROM,
            TwilioStandIn.PUBLIC_BASE_URL,
            "http://127.0.0.1:" + closedPort,
            5,
            3,
            Duration.ofMillis(20),
            Duration.ofMillis(50),
            Duration.ofSeconds(1),
            60);
    var client = new TwilioClientFactory().twilioRestClient(nowhere);
    TwilioTelephony cut =
        new TwilioTelephony(
            new CallCreation(
                client,
                nowhere,
                new RecordingSettings(true, Duration.ofDays(180), 4),
                new DialRate(clock, 5, DialRate.Sleeper.THREAD),
                clock),
            new CallControl(client),
            progress,
            clock);
    OutboundCall call = call(MachineBehaviour.HANG_UP);

    Placement placement = cut.place(call);

    assertThat(placement.placed()).isFalse();
    assertThat(placement.failure()).contains("no response");
    assertThat(attempts.find(call.attemptId()).orElseThrow().result().outcome())
        .isEqualTo(CallEventType.FAILED);
    assertThat(cut.place(call)).isEqualTo(placement); // and placing it again dials nothing
  }

  @Test
  void calls_are_paced_under_the_accounts_calls_per_second() {
    twilio.acceptsCalls(TwilioStandIn.newSid(), TO);
    long start = System.nanoTime();

    for (int i = 0; i < 5; i++) {
      // one sid per call: the stand-in answers every creation with a new one
      twilio.acceptsCalls(TwilioStandIn.newSid(), TO);
      telephony.place(call(MachineBehaviour.HANG_UP));
    }

    // 5 calls at 5 per second: 4 intervals of 200 ms at least
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(800));
    assertThat(twilio.creations()).hasSize(5);
  }
}
