package com.followup.dialer.telephony.simulator;

import com.followup.dialer.telephony.AgentEndpoint;
import com.followup.dialer.telephony.AnsweredBy;
import com.followup.dialer.telephony.AttemptId;
import com.followup.dialer.telephony.CallAttempt;
import com.followup.dialer.telephony.CallEvent;
import com.followup.dialer.telephony.CallProgress;
import com.followup.dialer.telephony.CallStage;
import com.followup.dialer.telephony.Conversations;
import com.followup.dialer.telephony.MachineBehaviour;
import com.followup.dialer.telephony.OutboundCall;
import com.followup.dialer.telephony.Placement;
import com.followup.dialer.telephony.Telephony;
import com.followup.dialer.telephony.TelephonyMode;
import com.followup.dialer.telephony.Turn;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default telephony: calls ring for a random time, then a person or a machine answers, the line
 * is busy, or nobody answers. Outcomes come from a seeded random source and events fire on a timer,
 * timed from the injected clock; a person stays on the line until bridged and hung up, abandoned,
 * or out of patience ({@code hold-seconds}). Its calls live in this process: when it stops, the
 * calls still up end (FAILED, or COMPLETED once answered), so no agent or follow-up waits on a call
 * nobody will ever report.
 */
@Singleton
@Requires(property = "followup.telephony.mode", value = "simulator", defaultValue = "simulator")
public class SimulatedTelephony implements Telephony {

  private static final Logger LOG = LoggerFactory.getLogger(SimulatedTelephony.class);

  private final SimulatorSettings settings;
  private final CallProgress progress;
  private final CallScripts scripts;
  private final SurveyScripts surveys;
  private final BeanProvider<Conversations> conversations; // lazily: it uses this port
  private final SimulatedTime time;
  private final ScheduledExecutorService timer;
  private final Set<AttemptId> live = ConcurrentHashMap.newKeySet();

  SimulatedTelephony(
      SimulatorSettings settings,
      SimulatedSurveySettings surveySettings,
      CallProgress progress,
      BeanProvider<Conversations> conversations,
      Clock clock) {
    this.settings = settings;
    this.progress = progress;
    this.conversations = conversations;
    this.scripts = new CallScripts(settings);
    this.surveys = new SurveyScripts(surveySettings, settings.seed());
    this.time = new SimulatedTime(clock, settings.speed());
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "telephony-simulator");
              thread.setDaemon(true);
              return thread;
            });
  }

  @Override
  public Placement place(OutboundCall call) {
    AttemptId id = call.attemptId();
    Instant at = time.now();
    if (!progress.start(call, TelephonyMode.SIMULATOR, at)) {
      return progress.find(id).map(CallAttempt::placement).orElseThrow();
    }
    String callId = "SIM" + id.value();
    progress.placed(id, callId);
    live.add(id);
    CallScript script = scripts.next();
    if (surveys.isMachine(call.to())) {
      script = new CallScript(CallScript.Answer.MACHINE, script.ringFor());
    }
    play(call, callId, at, script);
    return Placement.placed(id, callId);
  }

  private void play(OutboundCall call, String callId, Instant placedAt, CallScript script) {
    AttemptId id = call.attemptId();
    Instant answeredAt = placedAt.plus(script.ringFor());
    switch (script.answer()) {
      case BUSY -> at(answeredAt, () -> CallEvent.busy(id, callId, answeredAt));
      case NOBODY -> {
        at(placedAt, () -> CallEvent.ringing(id, callId, placedAt));
        at(answeredAt, () -> CallEvent.noAnswer(id, callId, answeredAt));
      }
      case MACHINE -> {
        at(placedAt, () -> CallEvent.ringing(id, callId, placedAt));
        at(answeredAt, () -> CallEvent.answered(id, callId, answeredAt, AnsweredBy.MACHINE));
        Duration message =
            call.machineBehaviour() == MachineBehaviour.LEAVE_MESSAGE
                ? Duration.ofSeconds(settings.messageSeconds())
                : Duration.ofSeconds(1);
        at(answeredAt.plus(message), () -> completed(id, answeredAt.plus(message)));
      }
      case PERSON -> {
        at(placedAt, () -> CallEvent.ringing(id, callId, placedAt));
        at(answeredAt, () -> CallEvent.answered(id, callId, answeredAt, AnsweredBy.PERSON));
        later(answeredAt, () -> answered(call, answeredAt));
      }
    }
  }

  /** A person picked up: a survey plays, or the person waits for an agent. */
  private void answered(OutboundCall call, Instant at) {
    AttemptId id = call.attemptId();
    if (progress.find(id).map(CallAttempt::hasEnded).orElse(true)) {
      return;
    }
    conversations
        .get()
        .opening(id)
        .ifPresentOrElse(turn -> follow(call, turn, 0, at), () -> waitForAgent(id, at));
  }

  private void waitForAgent(AttemptId id, Instant from) {
    Instant givesUp = from.plusSeconds(settings.holdSeconds());
    at(givesUp, () -> stillWaiting(id) ? completed(id, givesUp) : null);
  }

  /** The simulated customer's side of a survey: answers each question as scripted. */
  private void follow(OutboundCall call, Turn turn, int asked, Instant now) {
    AttemptId id = call.attemptId();
    if (turn instanceof Turn.Ask ask) {
      String answer = surveys.answer(call.to(), asked, ask);
      Instant answersAt = now.plusSeconds(surveys.answerSeconds());
      later(
          answersAt,
          () -> {
            if (progress.find(id).map(CallAttempt::hasEnded).orElse(true)) {
              return;
            }
            String digits = SurveyScripts.NO_INPUT.equals(answer) ? null : answer;
            Turn next = conversations.get().heard(id, ask.question(), ask.repeated(), digits, null);
            follow(call, next, asked + 1, answersAt);
          });
    } else if (turn instanceof Turn.Finish finish) {
      Instant ends = now.plusSeconds(finish.text().isBlank() ? 1 : settings.messageSeconds());
      at(ends, () -> completed(id, ends));
    } else {
      waitForAgent(id, now);
    }
  }

  @Override
  public void bridge(AttemptId attempt, AgentEndpoint agent) {
    progress.bridged(attempt, agent, time.now());
  }

  @Override
  public void abandon(AttemptId attempt) {
    Instant now = time.now();
    if (progress.abandoned(attempt, now).isPresent()) {
      Instant hungUp = now.plusSeconds(settings.messageSeconds());
      at(hungUp, () -> completed(attempt, hungUp));
    }
  }

  @Override
  public void hangUp(AttemptId attempt) {
    Instant now = time.now();
    progress
        .find(attempt)
        .filter(a -> !a.hasEnded())
        .ifPresent(
            a ->
                report(
                    a.stage() == CallStage.ANSWERED
                        ? completed(attempt, now)
                        : CallEvent.noAnswer(attempt, a.providerCallId(), now)));
  }

  private void report(CallEvent event) {
    progress.report(event);
    if (event.type().isTerminal()) {
      live.remove(event.attemptId());
    }
  }

  /** A person's call ends by itself only while no agent was bridged and no abandon message runs. */
  private boolean stillWaiting(AttemptId id) {
    return progress
        .find(id)
        .map(a -> a.times().bridgedAt() == null && a.times().abandonedAt() == null)
        .orElse(false);
  }

  private CallEvent completed(AttemptId id, Instant at) {
    CallAttempt attempt = progress.find(id).orElseThrow();
    Instant answered = attempt.times().answeredAt();
    Duration connected = answered == null ? Duration.ZERO : Duration.between(answered, at);
    return CallEvent.completed(id, attempt.providerCallId(), at, connected);
  }

  /** Reports the event made at {@code at} (simulated time); a null event reports nothing. */
  private void at(Instant at, Supplier<CallEvent> event) {
    long delay = Math.max(0, time.realMillis(Duration.between(time.now(), at)));
    timer.schedule(
        () -> {
          try {
            CallEvent happened = event.get();
            if (happened != null) {
              report(happened);
            }
          } catch (RuntimeException e) {
            LOG.warn("simulated call event failed", e);
          }
        },
        delay,
        TimeUnit.MILLISECONDS);
  }

  /** Runs {@code work} at {@code at} (simulated time), on the simulator's timer. */
  private void later(Instant at, Runnable work) {
    long delay = Math.max(0, time.realMillis(Duration.between(time.now(), at)));
    timer.schedule(
        () -> {
          try {
            work.run();
          } catch (RuntimeException e) {
            LOG.warn("simulated call step failed", e);
          }
        },
        delay,
        TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    timer.shutdownNow();
    Instant now = time.now();
    for (AttemptId id : live) {
      try {
        progress
            .find(id)
            .filter(a -> !a.hasEnded())
            .ifPresent(
                a ->
                    progress.report(
                        a.stage() == CallStage.ANSWERED
                            ? completed(id, now)
                            : CallEvent.failed(id, a.providerCallId(), now, "simulator stopped")));
      } catch (RuntimeException e) {
        LOG.warn("simulated call {} not ended on stop", id.value(), e);
      }
    }
    live.clear();
  }
}
