package com.followup.dialer.pacing.simulation;

import com.followup.dialer.pacing.AbandonmentBudget;
import com.followup.dialer.pacing.PacingEstimator;
import com.followup.dialer.pacing.PacingSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/** One simulated day: all agents log in at its start and out at its end. */
final class SimulatedDay {

  private enum Kind {
    PERSON_ANSWERS,
    RINGS_OUT,
    ANSWERED_CALL_WOULD_HAVE_RUNG_OUT,
    CONNECT_LIMIT_PASSES,
    AGENT_HANGS_UP
  }

  private record Event(double time, long sequence, Kind kind, long callId, int agent)
      implements Comparable<Event> {

    @Override
    public int compareTo(Event other) {
      int byTime = Double.compare(time, other.time);
      return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }
  }

  private final SimulationConfig config;
  private final int day;
  private final SplittableRandom random;
  private final PacingEstimator estimator;
  private final SimulatedPolicy policy;
  private final AbandonmentBudget earlierDays;
  private final SimulatedFloor floor;
  private final PriorityQueue<Event> events = new PriorityQueue<>();
  private long sequence;
  private long dials;
  private long answered;
  private long abandoned;

  SimulatedDay(
      SimulationConfig config,
      int day,
      SplittableRandom random,
      PacingEstimator estimator,
      SimulatedPolicy policy,
      AbandonmentBudget earlierDays) {
    this.config = config;
    this.day = day;
    this.random = random;
    this.estimator = estimator;
    this.policy = policy;
    this.earlierDays = earlierDays;
    this.floor = new SimulatedFloor(config.agents(), config.daySeconds());
  }

  DayReport run() {
    double nextTick = 0;
    decide(0);
    while (true) {
      Event event = events.peek();
      boolean eventFirst = event != null && event.time() <= nextTick;
      double now = eventFirst ? event.time() : nextTick;
      if (now >= config.daySeconds()) {
        break;
      }
      if (eventFirst) {
        handle(events.poll());
      } else {
        nextTick += 1;
      }
      decide(now);
    }
    double loggedIn = config.agents() * config.daySeconds();
    return new DayReport(
        day, dials, answered, floor.connects(), abandoned, floor.handlingSeconds(), loggedIn);
  }

  private void handle(Event event) {
    double now = event.time();
    switch (event.kind()) {
      case PERSON_ANSWERS -> personAnswers(event.callId(), now);
      case RINGS_OUT -> {
        floor.stopRinging(event.callId());
        estimator.recordDialOutcome(false);
      }
      case ANSWERED_CALL_WOULD_HAVE_RUNG_OUT -> estimator.recordDialOutcome(true);
      case CONNECT_LIMIT_PASSES -> {
        if (floor.giveUpWaiting(event.callId())) {
          abandoned++;
        }
      }
      case AGENT_HANGS_UP -> {
        estimator.recordHandled(floor.talkSeconds(event.agent(), now));
        floor.release(event.agent()).ifPresent(agent -> connect(agent, now));
      }
    }
  }

  private void personAnswers(long callId, double now) {
    double dialedAt = floor.stopRinging(callId);
    estimator.recordAnswerDelay(now - dialedAt);
    double outcomeKnown = dialedAt + config.noAnswerTimeoutSeconds();
    schedule(outcomeKnown, Kind.ANSWERED_CALL_WOULD_HAVE_RUNG_OUT, callId, -1);
    answered++;
    floor
        .takeIdleAgent()
        .ifPresentOrElse(
            agent -> connect(agent, now),
            () -> {
              floor.startWaiting(callId);
              schedule(now + config.connectLimitSeconds(), Kind.CONNECT_LIMIT_PASSES, callId, -1);
            });
  }

  private void connect(int agent, double now) {
    double handle = handleTime();
    floor.connect(agent, now, handle);
    schedule(now + handle, Kind.AGENT_HANGS_UP, -1, agent);
  }

  private void decide(double now) {
    List<Double> remaining = new ArrayList<>();
    PacingSnapshot snapshot =
        new PacingSnapshot(
            Instant.ofEpochSecond(day * 86_400L).plusNanos((long) (now * 1e9)),
            floor.idleAgents(),
            floor.talkTimesAndRemaining(now, remaining),
            floor.ringTimes(now),
            floor.waitingCalls(),
            estimator.estimates(),
            budget());
    int calls = policy.callsToPlace(snapshot, remaining);
    if (calls < 0) {
      throw new IllegalStateException("policy asked for a negative number of calls: " + calls);
    }
    for (int i = 0; i < calls; i++) {
      dial(now);
    }
  }

  private void dial(double now) {
    dials++;
    long callId = floor.startRinging(now);
    if (random.nextDouble() < config.answerRate().rateAt(now)) {
      double span = config.answerDelayMaxSeconds() - config.answerDelayMinSeconds();
      double delay = config.answerDelayMinSeconds() + span * random.nextDouble();
      schedule(now + delay, Kind.PERSON_ANSWERS, callId, -1);
    } else {
      schedule(now + config.noAnswerTimeoutSeconds(), Kind.RINGS_OUT, callId, -1);
    }
  }

  private double handleTime() {
    double cv = config.handleCoefficientOfVariation();
    double sigma = Math.sqrt(Math.log1p(cv * cv));
    double mu = Math.log(config.handleMeanSeconds()) - sigma * sigma / 2;
    return Math.exp(mu + sigma * random.nextGaussian());
  }

  private AbandonmentBudget budget() {
    return new AbandonmentBudget(
        abandoned,
        answered,
        earlierDays.abandoned30Days() + abandoned,
        earlierDays.answered30Days() + answered,
        earlierDays.cap());
  }

  private void schedule(double time, Kind kind, long callId, int agent) {
    events.add(new Event(time, sequence++, kind, callId, agent));
  }
}
