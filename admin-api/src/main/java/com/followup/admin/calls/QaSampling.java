package com.followup.admin.calls;

import com.followup.dialer.calls.CallLog;
import com.followup.sla.evaluation.QaQueue;
import com.followup.sla.evaluation.SampledCall;
import com.followup.sla.evaluation.Sampler;
import com.followup.sla.evaluation.SamplingRule;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills QA's queue from a campaign's sampling rule: the calls agents talked on in an ISO week of
 * the centre's zone, the problems first up to the rule's share, the rest at random by the seed; a
 * top-up never queues a call twice and counts the calls queued before.
 */
@Singleton
public class QaSampling {

  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

  private final CallLog calls;
  private final QaQueue queue;
  private final Clock clock;
  private final ZoneId zone;

  QaSampling(
      CallLog calls,
      QaQueue queue,
      Clock clock,
      @Value("${followup.reports.zone:Asia/Shanghai}") String zone) {
    this.calls = calls;
    this.queue = queue;
    this.clock = clock;
    this.zone = ZoneId.of(zone);
  }

  /** The ISO week (2026-W48) holding {@code at} in the centre's zone. */
  public String weekOf(Instant at) {
    LocalDate day = LocalDate.ofInstant(at, zone);
    return String.format(
        "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  public String thisWeek() {
    return weekOf(clock.instant());
  }

  /** Samples one campaign's week by its rule; returns the calls queued now. */
  public List<Sampler.Pick> run(SamplingRule rule, String week, String by) {
    LocalDate monday = monday(week);
    Instant from = monday.atStartOfDay(zone).toInstant();
    Instant until = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
    List<CallLog.TalkedCall> talked = calls.talked(rule.campaign(), from, until);
    Set<Long> queued =
        queue.queuedAmong(talked.stream().map(CallLog.TalkedCall::attemptId).toList());
    Set<Long> problems =
        queue.withProblemTickets(talked.stream().map(CallLog.TalkedCall::followUpId).toList());
    List<SampledCall> candidates =
        talked.stream()
            .filter(t -> !queued.contains(t.attemptId()))
            .map(
                t ->
                    new SampledCall(
                        t.attemptId(),
                        t.agent(),
                        Boolean.FALSE.equals(t.satisfied()) || problems.contains(t.followUpId())))
            .toList();
    List<Sampler.Pick> picks =
        Sampler.pick(rule, week, candidates, queue.queuedPerAgent(rule.campaign(), week));
    return picks.stream()
        .filter(
            p ->
                queue.add(
                    p.call().attemptId(), rule.campaign(), p.call().agent(), week, p.reason(), by))
        .toList();
  }

  /** Every rule whose hourly top-up is due: this week's calls so far. */
  public int topUp(Instant now) {
    int queued = 0;
    for (SamplingRule rule : queue.claimDue(now)) {
      queued += run(rule, weekOf(now), "sampling").size();
    }
    return queued;
  }

  static LocalDate monday(String week) {
    Matcher m = WEEK.matcher(week == null ? "" : week.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("week must look like 2026-W48: '" + week + "'");
    }
    int year = Integer.parseInt(m.group(1));
    try {
      LocalDate inWeek =
          LocalDate.of(year, 1, 4)
              .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)));
      return inWeek.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("there is no week " + week.trim());
    }
  }
}
