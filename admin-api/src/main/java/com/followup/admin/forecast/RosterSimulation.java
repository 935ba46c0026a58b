package com.followup.admin.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Plays the forecast's hours with a fixed roster: each hour the floor takes as many connects as the
 * roster carries at the service target (Erlang C's largest load), earliest window end first, only
 * for customers whose calling hours are open; work whose window closes before it is taken counts as
 * missed steps in that hour.
 */
final class RosterSimulation {

  private record Missed(int hour, String campaign, int step) {}

  final long[] missedByHour;
  final List<MissedSteps> missed = new ArrayList<>();

  RosterSimulation(ExpectedAttempts attempts, Instant from, double connectsPerHour) {
    int hours = attempts.dials.length;
    missedByHour = new long[hours];
    List<List<WorkItem>> arriving = new ArrayList<>();
    for (int h = 0; h < hours; h++) {
      arriving.add(new ArrayList<>());
    }
    attempts.work.forEach(item -> arriving.get(item.arrives).add(item));
    Map<CallingHours, PriorityQueue<WorkItem>> queues = new IdentityHashMap<>();
    Map<Missed, Double> lost = new HashMap<>();
    for (int h = 0; h < hours; h++) {
      for (WorkItem item : arriving.get(h)) {
        queues
            .computeIfAbsent(
                item.hours, k -> new PriorityQueue<>(Comparator.comparingInt(w -> w.expires)))
            .add(item);
      }
      serve(queues, h, connectsPerHour);
      expire(queues, h, lost);
    }
    double[] byHour = new double[hours];
    lost.forEach(
        (key, steps) -> {
          byHour[key.hour()] += steps;
          long rounded = Math.round(steps);
          if (rounded > 0) {
            missed.add(
                new MissedSteps(
                    from.plus(Duration.ofHours(key.hour())), key.campaign(), key.step(), rounded));
          }
        });
    for (int h = 0; h < hours; h++) {
      missedByHour[h] = Math.round(byHour[h]);
    }
    missed.sort(
        Comparator.comparing(MissedSteps::hour)
            .thenComparing(MissedSteps::campaign)
            .thenComparingInt(MissedSteps::step));
  }

  private static void serve(
      Map<CallingHours, PriorityQueue<WorkItem>> queues, int hour, double capacity) {
    double budget = capacity;
    while (budget > 1e-9) {
      PriorityQueue<WorkItem> first = null;
      for (var entry : queues.entrySet()) {
        WorkItem head = entry.getValue().peek();
        if (head != null
            && entry.getKey().open(hour)
            && (first == null || head.expires < first.peek().expires)) {
          first = entry.getValue();
        }
      }
      if (first == null) {
        return;
      }
      WorkItem item = first.peek();
      double taken = Math.min(budget, item.left);
      item.left -= taken;
      budget -= taken;
      if (item.left <= 1e-9) {
        first.poll();
      }
    }
  }

  private static void expire(
      Map<CallingHours, PriorityQueue<WorkItem>> queues, int hour, Map<Missed, Double> lost) {
    for (PriorityQueue<WorkItem> queue : queues.values()) {
      while (!queue.isEmpty() && queue.peek().expires <= hour) {
        WorkItem item = queue.poll();
        lost.merge(new Missed(hour, item.campaign, item.step), item.left, Double::sum);
      }
    }
  }
}
