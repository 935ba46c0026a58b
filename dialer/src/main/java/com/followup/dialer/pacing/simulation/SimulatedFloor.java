package com.followup.dialer.pacing.simulation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The simulated call floor during a day: agents, ringing calls, answered calls on hold. */
final class SimulatedFloor {

  private final double dayEnd;
  private final double[] connectedAt;
  private final double[] busyUntil;
  private final ArrayDeque<Integer> idle = new ArrayDeque<>();
  private final Map<Long, Double> ringingSince = new LinkedHashMap<>();
  private final Set<Long> waiting = new LinkedHashSet<>();
  private long nextCallId;
  private long connects;
  private double handlingSeconds;

  SimulatedFloor(int agents, double dayEnd) {
    this.dayEnd = dayEnd;
    this.connectedAt = new double[agents];
    this.busyUntil = new double[agents];
    for (int agent = 0; agent < agents; agent++) {
      idle.add(agent);
    }
  }

  long startRinging(double now) {
    long callId = nextCallId++;
    ringingSince.put(callId, now);
    return callId;
  }

  /** Returns when the call was dialed. */
  double stopRinging(long callId) {
    return ringingSince.remove(callId);
  }

  void startWaiting(long callId) {
    waiting.add(callId);
  }

  /** True if the call was still waiting, so it is now abandoned. */
  boolean giveUpWaiting(long callId) {
    return waiting.remove(callId);
  }

  Optional<Integer> takeIdleAgent() {
    return Optional.ofNullable(idle.poll());
  }

  void connect(int agent, double now, double handleSeconds) {
    connectedAt[agent] = now;
    busyUntil[agent] = now + handleSeconds;
    connects++;
    // Talk running past the end of the day is not logged-in time.
    handlingSeconds += Math.min(handleSeconds, dayEnd - now);
  }

  double talkSeconds(int agent, double now) {
    return now - connectedAt[agent];
  }

  /** Frees the agent; returns them again if an answered call is on hold for them. */
  Optional<Integer> release(int agent) {
    Iterator<Long> oldest = waiting.iterator();
    if (oldest.hasNext()) {
      oldest.next();
      oldest.remove();
      return Optional.of(agent);
    }
    idle.add(agent);
    return Optional.empty();
  }

  int idleAgents() {
    return idle.size();
  }

  int waitingCalls() {
    return waiting.size();
  }

  /** Each busy agent's talk time so far; fills {@code remaining} with their true time left. */
  List<Double> talkTimesAndRemaining(double now, List<Double> remaining) {
    boolean[] isIdle = new boolean[connectedAt.length];
    idle.forEach(agent -> isIdle[agent] = true);
    List<Double> talked = new ArrayList<>();
    for (int agent = 0; agent < connectedAt.length; agent++) {
      if (!isIdle[agent]) {
        talked.add(now - connectedAt[agent]);
        remaining.add(Math.max(0.0, busyUntil[agent] - now));
      }
    }
    return talked;
  }

  List<Double> ringTimes(double now) {
    List<Double> rang = new ArrayList<>(ringingSince.size());
    ringingSince.values().forEach(since -> rang.add(now - since));
    return rang;
  }

  long connects() {
    return connects;
  }

  double handlingSeconds() {
    return handlingSeconds;
  }
}
