package com.followup.dialer.dialing;

import com.followup.campaign.dispatch.CallOutcome;
import com.followup.campaign.timeline.StepChannel;
import com.followup.dialer.agent.Agents;
import com.followup.dialer.telephony.AgentEndpoint;
import com.followup.dialer.telephony.AnsweredBy;
import com.followup.dialer.telephony.AttemptId;
import com.followup.dialer.telephony.CallAttempt;
import com.followup.dialer.telephony.CallEvent;
import com.followup.dialer.telephony.CallEventType;
import com.followup.dialer.telephony.CallEvents;
import com.followup.dialer.telephony.CallProgress;
import com.followup.dialer.telephony.Telephony;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acts on the events of the dialer's calls. A person (or an undecided detection) answers: the
 * reserved agent, else the longest-waiting READY agent (reserved atomically in the database) is
 * bridged; with none free within the connect limit the call is abandoned (the abandon message
 * plays) and recorded ABANDONED. A call that ends unbridged gets the matching outcome (NO_ANSWER,
 * BUSY, MACHINE, FAILED, or ABANDONED when the person hung up first); a bridged call that ends puts
 * its agent in WRAP_UP, and the outcome is the agent's.
 */
@Singleton
class CallConnector implements CallEvents {

  private static final Logger LOG = LoggerFactory.getLogger(CallConnector.class);
  private static final long RETRY_MILLIS = 100;

  private final DialedCalls calls;
  private final Agents agents;
  private final Telephony telephony;
  private final CallProgress progress;
  private final CallSettlement settlement;
  private final DialerSettings settings;
  private final DialMetrics metrics;
  private final Clock clock;
  private final ScheduledExecutorService retries =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "dialer-connect");
            thread.setDaemon(true);
            return thread;
          });

  CallConnector(
      DialedCalls calls,
      Agents agents,
      Telephony telephony,
      CallProgress progress,
      CallSettlement settlement,
      DialerSettings settings,
      DialMetrics metrics,
      Clock clock) {
    this.calls = calls;
    this.agents = agents;
    this.telephony = telephony;
    this.progress = progress;
    this.settlement = settlement;
    this.settings = settings;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Override
  public void on(CallEvent event) {
    try {
      if (event.type() == CallEventType.ANSWERED && event.answeredBy() != AnsweredBy.MACHINE) {
        if (!isSurvey(event.attemptId())) {
          connect(event.attemptId(), clock.instant().plus(settings.connectLimit()));
        }
      } else if (event.type().isTerminal()) {
        ended(event);
      }
    } catch (RuntimeException e) {
      LOG.warn("attempt {}: {} not handled", event.attemptId(), event.type(), e);
    }
  }

  /**
   * A survey's customer pressed 0: the predictive dialer's rules apply from now on (a ready agent
   * within the connect limit, else the abandon message).
   */
  void connectFromSurvey(AttemptId attempt) {
    Instant giveUpAt = clock.instant().plus(settings.connectLimit());
    // after the webhook's answer (hold music) has reached the provider
    retries.schedule(() -> retryConnect(attempt, giveUpAt), RETRY_MILLIS, TimeUnit.MILLISECONDS);
  }

  private boolean isSurvey(AttemptId attempt) {
    return calls
        .find(attempt)
        .map(c -> c.call().channel() == StepChannel.VOICE_SURVEY)
        .orElse(false);
  }

  private void connect(AttemptId attempt, Instant giveUpAt) {
    DialedCall call = calls.find(attempt).orElse(null);
    if (call == null || call.settled()) {
      return;
    }
    Instant now = clock.instant();
    String campaign = call.call().campaign();
    String agent =
        call.agent() != null
            ? call.agent()
            : agents.reserveAny(attempt, campaign, now).orElse(null);
    if (agent != null) {
      calls.assign(attempt, agent);
      agents.connected(attempt, agent, now);
      telephony.bridge(attempt, new AgentEndpoint(agent));
      metrics.connected(campaign);
    } else if (now.isBefore(giveUpAt)) {
      retries.schedule(() -> retryConnect(attempt, giveUpAt), RETRY_MILLIS, TimeUnit.MILLISECONDS);
    } else {
      telephony.abandon(attempt);
      metrics.abandoned(campaign);
      settlement.settleQuietly(
          attempt, call.call().followUpId(), CallOutcome.ABANDONED, "no agent within the limit");
    }
  }

  private void retryConnect(AttemptId attempt, Instant giveUpAt) {
    try {
      boolean stillWaiting =
          progress.find(attempt).map(a -> !a.hasEnded() && awaitingAgent(a)).orElse(false);
      if (stillWaiting) {
        connect(attempt, giveUpAt);
      }
    } catch (RuntimeException e) {
      LOG.warn("attempt {}: connecting failed", attempt, e);
    }
  }

  private static boolean awaitingAgent(CallAttempt a) {
    return a.times().bridgedAt() == null && a.times().abandonedAt() == null;
  }

  private void ended(CallEvent event) {
    AttemptId attempt = event.attemptId();
    DialedCall call = calls.find(attempt).orElse(null);
    if (call == null) {
      return;
    }
    Instant now = clock.instant();
    CallAttempt ended = progress.find(attempt).orElseThrow();
    if (ended.times().bridgedAt() != null) {
      agents.callEnded(attempt, now);
      return;
    }
    agents.release(attempt, now);
    if (call.call().channel() == StepChannel.VOICE_SURVEY && ended.times().abandonedAt() == null) {
      settleSurvey(attempt, call, ended, event);
      return;
    }
    CallOutcome outcome =
        switch (event.type()) {
          case NO_ANSWER -> CallOutcome.NO_ANSWER;
          case BUSY -> CallOutcome.BUSY;
          case FAILED -> CallOutcome.FAILED;
          default ->
              ended.result().amdResult() == AnsweredBy.MACHINE
                  ? CallOutcome.MACHINE
                  : CallOutcome.ABANDONED;
        };
    settlement.settleQuietly(attempt, call.call().followUpId(), outcome, event.type().name());
  }

  /** A survey call that ended without its answers all given (they settle it as COMPLETED). */
  private void settleSurvey(
      AttemptId attempt, DialedCall call, CallAttempt ended, CallEvent event) {
    CallOutcome outcome =
        switch (event.type()) {
          case BUSY -> CallOutcome.BUSY;
          case FAILED -> CallOutcome.FAILED;
          default ->
              ended.result().amdResult() == AnsweredBy.MACHINE
                  ? CallOutcome.MACHINE
                  : CallOutcome.NO_ANSWER;
        };
    settlement.settleQuietly(attempt, call.call().followUpId(), outcome, "survey: " + event.type());
  }

  @PreDestroy
  void stop() {
    retries.shutdownNow();
  }
}
