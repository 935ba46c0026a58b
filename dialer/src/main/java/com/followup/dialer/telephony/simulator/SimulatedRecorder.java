package com.followup.dialer.telephony.simulator;

import com.followup.dialer.recording.RecordingSettings;
import com.followup.dialer.recording.Recordings;
import com.followup.dialer.telephony.CallAttempt;
import com.followup.dialer.telephony.CallAttempts;
import com.followup.dialer.telephony.CallEvent;
import com.followup.dialer.telephony.CallEventType;
import com.followup.dialer.telephony.CallEvents;
import com.followup.dialer.telephony.CallTimes;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's recordings: every call a person answered and an agent talked on gets a short
 * generated two-channel audio (the customer's side left, the agent's right), so QA's whole flow
 * runs without an account.
 */
@Singleton
@Requires(property = "followup.telephony.mode", value = "simulator", defaultValue = "simulator")
class SimulatedRecorder implements CallEvents {

  private static final Logger LOG = LoggerFactory.getLogger(SimulatedRecorder.class);

  private final CallAttempts attempts;
  private final Recordings recordings;
  private final RecordingSettings settings;

  SimulatedRecorder(CallAttempts attempts, Recordings recordings, RecordingSettings settings) {
    this.attempts = attempts;
    this.recordings = recordings;
    this.settings = settings;
  }

  @Override
  public void on(CallEvent event) {
    if (!settings.enabled() || event.type() != CallEventType.COMPLETED) {
      return;
    }
    try {
      attempts.find(event.attemptId()).ifPresent(this::record);
    } catch (RuntimeException e) {
      LOG.warn("no simulated recording for attempt {}", event.attemptId(), e);
    }
  }

  private void record(CallAttempt attempt) {
    CallTimes times = attempt.times();
    if (times.bridgedAt() == null || times.endedAt() == null) {
      return; // nobody talked: nothing to record
    }
    long talked = Math.max(1, Duration.between(times.bridgedAt(), times.endedAt()).toSeconds());
    int seconds = (int) Math.min(talked, settings.simulatedSeconds());
    recordings.keepAudio(
        attempt.id().value(),
        "audio/wav",
        (int) talked,
        2,
        SimulatedAudio.conversation(seconds, attempt.id().value()));
  }
}
