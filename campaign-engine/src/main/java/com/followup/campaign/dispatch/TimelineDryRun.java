package com.followup.campaign.dispatch;

import com.followup.campaign.bulk.SqlValues;
import com.followup.campaign.followup.FollowUpStatus;
import com.followup.campaign.followup.StepWindow;
import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.TimelineCheck;
import com.followup.campaign.timeline.TimelineStep;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a draft timeline over the stored records without saving anything: for every step whose
 * window opens in the range, when it would fall due and which rule of the one compliance gate would
 * hold it back (calling hours, holidays, do-not-call, a deadline with no calling time before it).
 */
@Singleton
public class TimelineDryRun {

  static final int MAX_DAYS = 92;
  static final int MAX_STEPS = 200_000;
  private static final int CHUNK = 1_000;

  private record Candidate(DueFollowUp followUp, String recordId) {}

  private final TransactionOperations<Connection> transactions;
  private final ComplianceGate gate;
  private final Clock clock;

  TimelineDryRun(
      TransactionOperations<Connection> transactions, DispatchSettings settings, Clock clock) {
    this.transactions = transactions;
    this.gate = new ComplianceGate(settings.undecidedRetry());
    this.clock = clock;
  }

  /**
   * Dry-runs {@code draft} for windows opening from {@code from} up to and including {@code to}.
   *
   * @throws com.followup.campaign.timeline.InvalidTimeline when the draft could not be saved either
   */
  public DryRunResult run(
      CampaignTimeline draft,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      @Nullable String dealer,
      int limit) {
    if (from == null || to == null) {
      throw new IllegalArgumentException("from and to are required dates, like 2026-12-01");
    }
    TimelineCheck.require(draft);
    if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
      throw new IllegalArgumentException(
          "the range must run forward, " + MAX_DAYS + " days at most");
    }
    if (draft.recordType() == null) {
      throw new IllegalArgumentException("a dry run needs a campaign planned from records");
    }
    Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    List<Candidate> candidates =
        transactions.executeRead(
            status -> candidates(status.getConnection(), draft, start, end, dealer));
    candidates.sort(Comparator.comparing(c -> c.followUp().windowStart()));
    if (candidates.size() > MAX_STEPS) {
      throw new IllegalArgumentException(
          candidates.size()
              + " steps open in that range; narrow it or name a dealer (at most "
              + MAX_STEPS
              + ")");
    }
    Map<Long, ContactFacts> facts = new HashMap<>();
    for (int i = 0; i < candidates.size(); i += CHUNK) {
      List<DueFollowUp> chunk =
          candidates.subList(i, Math.min(candidates.size(), i + CHUNK)).stream()
              .map(Candidate::followUp)
              .toList();
      facts.putAll(
          transactions.executeRead(
              status -> ContactFactsReader.read(status.getConnection(), chunk, clock.instant())));
    }
    return summarize(draft, from, to, candidates, facts, limit);
  }

  private DryRunResult summarize(
      CampaignTimeline draft,
      LocalDate from,
      LocalDate to,
      List<Candidate> candidates,
      Map<Long, ContactFacts> facts,
      int limit) {
    Map<LocalDate, Integer> byDay = new TreeMap<>();
    Map<String, Integer> heldBy = new TreeMap<>();
    List<DryRunItem> items = new ArrayList<>();
    Instant now = clock.instant();
    for (Candidate candidate : candidates) {
      DueFollowUp f = candidate.followUp();
      Instant at = f.windowStart().isAfter(now) ? f.windowStart() : now;
      DryRunItem item = judge(candidate, gate.check(f, facts.get(f.id()), at), at);
      if (item.dueAt() != null) {
        byDay.merge(item.dueAt().atOffset(ZoneOffset.UTC).toLocalDate(), 1, Integer::sum);
      }
      if (item.heldBy() != null) {
        heldBy.merge(item.heldBy(), 1, Integer::sum);
      }
      if (items.size() < limit) {
        items.add(item);
      }
    }
    return new DryRunResult(
        draft.code(),
        from,
        to,
        candidates.size(),
        byDay,
        heldBy,
        items,
        candidates.size() > limit,
        com.followup.campaign.sms.StepSegments.of(draft));
  }

  private static DryRunItem judge(Candidate candidate, Verdict verdict, Instant at) {
    DueFollowUp f = candidate.followUp();
    Instant dueAt = null;
    String heldBy = null;
    if (verdict instanceof Verdict.Dial) {
      dueAt = at;
    } else if (verdict instanceof Verdict.Wait wait) {
      heldBy = wait.rule().name();
      dueAt = wait.until().isBefore(f.deadline()) ? wait.until() : null;
      heldBy = dueAt == null ? HoldRule.DEADLINE_PASSED.name() : heldBy;
    } else if (verdict instanceof Verdict.Cancel cancel) {
      heldBy = cancel.rule().name();
    } else if (verdict instanceof Verdict.Miss miss) {
      heldBy = miss.rule().name();
    }
    return new DryRunItem(
        f.dealerCode(),
        candidate.recordId(),
        f.step(),
        f.windowStart(),
        f.deadline(),
        dueAt,
        heldBy);
  }

  private static List<Candidate> candidates(
      Connection c, CampaignTimeline draft, Instant start, Instant end, String dealer)
      throws SQLException {
    int longest = draft.steps().get(draft.steps().size() - 1).deadlineDays() + 1;
    List<Candidate> found = new ArrayList<>();
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT id, dealer_code, record_id, event_time, phone, timezone FROM dealer_record"
                + " WHERE record_type = ? AND event_time >= ? AND event_time < ?"
                + (dealer == null ? "" : " AND dealer_code = ?"))) {
      Object[] values =
          dealer == null
              ? new Object[] {draft.recordType(), start.minus(Duration.ofDays(longest)), end}
              : new Object[] {
                draft.recordType(), start.minus(Duration.ofDays(longest)), end, dealer
              };
      SqlValues.bindAll(select, values);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          addSteps(rows, draft, start, end, found);
        }
      }
    }
    return found;
  }

  private static void addSteps(
      ResultSet row, CampaignTimeline draft, Instant start, Instant end, List<Candidate> found)
      throws SQLException {
    ZoneId zone = ComplianceGate.zoneOf(row.getString(6)).orElse(ZoneOffset.UTC);
    Instant eventTime = SqlValues.instant(row, 4);
    for (TimelineStep step : draft.steps()) {
      StepWindow window = StepWindow.of(eventTime, zone, step);
      if (!window.start().isBefore(start) && window.start().isBefore(end)) {
        DueFollowUp f =
            new DueFollowUp(
                row.getLong(1) * 100 + step.step(),
                row.getString(2),
                row.getLong(1),
                draft.code(),
                0,
                step.step(),
                row.getString(5),
                row.getString(6),
                window.start(),
                window.deadline(),
                null,
                FollowUpStatus.SCHEDULED,
                0,
                null,
                null,
                null,
                step.maxAttempts(),
                draft.callingRules(),
                step.channel(),
                draft.exemptFromConsent());
        found.add(new Candidate(f, row.getString(3)));
      }
    }
  }
}
