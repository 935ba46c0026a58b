package com.followup.admin.forecast;

import com.followup.campaign.forecast.CallableGroup;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Spreads pending follow-ups over the forecast's hours: each one's first attempt in the hour it
 * becomes callable, and, at the measured answer rate, its expected retries (the attempt {@code k}
 * happens with probability {@code (1 - p)^k}) after the campaign's retry wait, moved into the
 * customer's calling hours, while attempts and the window last.
 */
final class ExpectedAttempts {

  private record Calling(Object zone, Object rules) {}

  private record Key(int arrives, int expires, String campaign, int step, CallingHours hours) {}

  final double[] dials;
  final double[] connects;
  final List<WorkItem> work = new ArrayList<>();
  final List<CallingHours> callingHours = new ArrayList<>();

  ExpectedAttempts(List<CallableGroup> groups, Instant from, int hours, double answerRate) {
    dials = new double[hours];
    connects = new double[hours];
    Map<Calling, CallingHours> calling = new HashMap<>();
    Map<Key, WorkItem> items = new HashMap<>();
    for (CallableGroup group : groups) {
      CallingHours open =
          calling.computeIfAbsent(
              new Calling(Objects.toString(group.zone()), group.rules()),
              c -> {
                CallingHours made = new CallingHours(from, hours, group.zone(), group.rules());
                callingHours.add(made);
                return made;
              });
      spread(
          group,
          index(from, group.callableFrom()),
          index(from, group.deadline()),
          open,
          items,
          answerRate);
    }
    work.addAll(items.values());
  }

  private void spread(
      CallableGroup group,
      int callable,
      int deadline,
      CallingHours open,
      Map<Key, WorkItem> items,
      double p) {
    long waitHours = Math.max(1, (group.retryAfter().toMinutes() + 59) / 60);
    int hour = open.nextOpen(callable);
    double reaching = group.followUps();
    for (int k = 0; k < group.attemptsLeft(); k++) {
      if (hour >= dials.length || hour > deadline || reaching < 1e-9) {
        return;
      }
      dials[hour] += reaching;
      double answered = reaching * p;
      connects[hour] += answered;
      Key key = new Key(hour, deadline, group.campaign(), group.step(), open);
      WorkItem item = items.get(key);
      if (item == null) {
        items.put(
            key, new WorkItem(hour, deadline, group.campaign(), group.step(), open, answered));
      } else {
        item.left += answered;
      }
      reaching -= answered;
      hour = open.nextOpen((int) Math.min(Integer.MAX_VALUE, hour + waitHours));
    }
  }

  /** The hour index of {@code at} counted from {@code from} (negative before it). */
  static int index(Instant from, Instant at) {
    long hours = Math.floorDiv(Duration.between(from, at).toSeconds(), 3600);
    return (int) Math.max(Integer.MIN_VALUE / 2, Math.min(Integer.MAX_VALUE / 2, hours));
  }
}
