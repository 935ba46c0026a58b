package com.followup.dialer.telephony.twilio;

import com.followup.dialer.telephony.AgentEndpoint;
import com.followup.dialer.telephony.AttemptId;
import com.followup.dialer.telephony.CallAttempt;
import com.followup.dialer.telephony.CallEvent;
import com.followup.dialer.telephony.CallProgress;
import com.followup.dialer.telephony.CallStage;
import com.followup.dialer.telephony.OutboundCall;
import com.followup.dialer.telephony.Placement;
import com.followup.dialer.telephony.Telephony;
import com.followup.dialer.telephony.TelephonyMode;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import java.time.Clock;

/**
 * Telephony through Twilio's Programmable Voice: calls are created with asynchronous answering
 * machine detection and status callbacks ({@link TwilioWebhooks}); an answered call waits in TwiML
 * until it is bridged to an agent ({@code <Dial>}) or abandoned ({@code <Say>} and {@code
 * <Hangup>}) by updating the live call.
 */
@Context // so that missing Twilio settings stop the start-up, not the first call
@Requires(property = "followup.telephony.mode", value = "twilio")
public class TwilioTelephony implements Telephony {

  private final CallCreation creation;
  private final CallControl control;
  private final CallProgress progress;
  private final Clock clock;

  TwilioTelephony(CallCreation creation, CallControl control, CallProgress progress, Clock clock) {
    this.creation = creation;
    this.control = control;
    this.progress = progress;
    this.clock = clock;
  }

  @Override
  public Placement place(OutboundCall call) {
    AttemptId id = call.attemptId();
    if (!progress.start(call, TelephonyMode.TWILIO, clock.instant())) {
      return progress.find(id).map(CallAttempt::placement).orElseThrow();
    }
    CallCreation.Outcome outcome;
    try {
      outcome = creation.create(call, sid -> progress.knowsCallOfAnother(sid, id));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      outcome = new CallCreation.Outcome(null, "interrupted while placing");
    }
    if (outcome.callSid() == null) {
      // a status callback may have told us the call's sid while we were still retrying
      CallAttempt now = progress.find(id).orElseThrow();
      if (now.providerCallId() != null) {
        return now.placement();
      }
      progress.report(CallEvent.failed(id, null, clock.instant(), outcome.failure()));
      return Placement.notPlaced(id, outcome.failure());
    }
    progress.placed(id, outcome.callSid());
    return Placement.placed(id, outcome.callSid());
  }

  @Override
  public void bridge(AttemptId attempt, AgentEndpoint agent) {
    progress
        .bridged(attempt, agent, clock.instant())
        .ifPresent(
            a ->
                control.play(
                    a.providerCallId(), Twiml.dial(agent, a.call().recordingAnnouncement())));
  }

  @Override
  public void abandon(AttemptId attempt) {
    progress
        .abandoned(attempt, clock.instant())
        .ifPresent(
            a -> control.play(a.providerCallId(), Twiml.sayThenHangUp(a.call().abandonMessage())));
  }

  @Override
  public void hangUp(AttemptId attempt) {
    progress
        .find(attempt)
        .filter(a -> !a.hasEnded() && a.providerCallId() != null)
        .ifPresent(a -> control.end(a.providerCallId(), a.stage() == CallStage.ANSWERED));
  }
}
