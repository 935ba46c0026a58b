package com.followup.admin.reports;

import com.followup.campaign.report.FollowUpReports;
import com.followup.campaign.report.SettledSteps;
import com.followup.dialer.agent.StateTimes;
import com.followup.dialer.dialing.CampaignDialingSettings;
import com.followup.dialer.pacing.AbandonmentBudget;
import com.followup.dialer.report.AttemptHour;
import com.followup.dialer.report.DealerAttempts;
import com.followup.dialer.report.DialerReports;
import com.followup.dialer.survey.AnswerCount;
import com.followup.sla.evaluation.AgentQaFigures;
import com.followup.sla.evaluation.EvaluationFigures;
import com.followup.sla.report.SlaReports;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Composes a report from the figures each library answers for: the dialer (attempts, agents' time),
 * the campaign engine (follow-up steps), the SLA tracker (targets, breaches, reviews).
 */
@Singleton
class Reports {

  private final DialerReports dialer;
  private final FollowUpReports followUps;
  private final SlaReports sla;
  private final CampaignDialingSettings dialing;
  private final DepartmentTransfers transfers;
  private final EvaluationFigures evaluations;
  private final SurveyFigures surveys;
  private final com.followup.dialer.messaging.TextMessages texts;
  private final Clock clock;
  private final ZoneId zone;

  Reports(
      DialerReports dialer,
      FollowUpReports followUps,
      SlaReports sla,
      CampaignDialingSettings dialing,
      DepartmentTransfers transfers,
      EvaluationFigures evaluations,
      SurveyFigures surveys,
      com.followup.dialer.messaging.TextMessages texts,
      Clock clock,
      @Value("${followup.reports.zone:Asia/Shanghai}") String zone) {
    this.dialer = dialer;
    this.followUps = followUps;
    this.sla = sla;
    this.dialing = dialing;
    this.transfers = transfers;
    this.evaluations = evaluations;
    this.surveys = surveys;
    this.texts = texts;
    this.clock = clock;
    this.zone = zone(zone);
  }

  ZoneId zone() {
    return zone;
  }

  /** The report of {@code period}; {@code by} null, dealer, agent or department. */
  Map<String, Object> report(ReportPeriod period, String by) {
    Instant from = period.from();
    Instant to = period.to();
    Instant windowFrom = period.start(period.first30d());
    Instant now = clock.instant();
    Instant timeTo = now.isBefore(to) ? (now.isBefore(from) ? from : now) : to;
    // read from the roll-ups already summed: per hour and campaign, per agent only for by=agent
    List<AttemptHour> window = dialer.attemptsByCampaign(earlier(windowFrom, from), to);
    List<AttemptHour> hours = window.stream().filter(h -> !h.hour().isBefore(from)).toList();
    Map<String, StateTimes> times = dialer.agentTime(from, timeTo);
    List<SettledSteps> steps = followUps.settledTotals(from, to, now);
    SlaReports.SlaFigures slaFigures = sla.figures(from, to);
    double cap = AbandonmentBudget.DEFAULT_CAP; // the legal cap every campaign defaults to

    Map<String, Object> m = CallFigures.map();
    m.put("period", period.kind());
    m.put("date", period.date().toString());
    m.put("zone", zone.getId());
    m.put("firstDay", period.first().toString());
    m.put("lastDay", period.last().toString());
    m.put("from", from.toString());
    m.put("until", to.toString());
    CallFigures calls = CallFigures.of(hours);
    calls.putInto(m, cap);
    Abandonment.putInto(m, period, window, cap);
    TimeFigures.putInto(m, times.values(), calls.handled());
    StepFigures.putInto(m, steps, true);
    SlaFiguresView.putInto(m, slaFigures, t -> true, b -> true, r -> true, true);

    List<Map<String, Object>> byCampaign = new ArrayList<>();
    TreeSet<String> campaigns = new TreeSet<>();
    window.forEach(h -> campaigns.add(h.campaign()));
    steps.forEach(s -> campaigns.add(s.campaign()));
    List<AnswerCount> answers = surveys.counts(from, to);
    answers.forEach(a -> campaigns.add(a.campaign()));
    for (String campaign : campaigns) {
      Map<String, Object> c = CallFigures.map();
      c.put("campaign", campaign);
      List<AttemptHour> own = window.stream().filter(h -> h.campaign().equals(campaign)).toList();
      double campaignCap = dialing.of(campaign).abandonmentCap();
      CallFigures.of(own.stream().filter(h -> !h.hour().isBefore(from)).toList())
          .putInto(c, campaignCap);
      Abandonment.putInto(c, period, own, campaignCap);
      StepFigures.putInto(
          c, steps.stream().filter(s -> s.campaign().equals(campaign)).toList(), true);
      SurveyFigures.putInto(c, campaign, answers);
      byCampaign.add(c);
    }
    m.put("byCampaign", byCampaign);
    m.put("texts", texts(from, to));
    if (by != null) {
      m.put("by", by);
      List<DealerAttempts> dealerCalls =
          "dealer".equals(by) ? dialer.attemptsByDealer(from, to) : List.of();
      List<AttemptHour> byAgent = "agent".equals(by) ? dialer.attemptsByAgent(from, to) : hours;
      Map<String, AgentQaFigures> qa = new java.util.HashMap<>();
      if ("agent".equals(by)) {
        evaluations.byAgent(from, to).forEach(f -> qa.put(f.agent(), f));
      }
      List<Map<String, Object>> breakdown =
          Breakdowns.of(by, byAgent, times, steps, dealerCalls, slaFigures, qa, cap);
      if ("department".equals(by)) {
        transfers.putInto(breakdown, slaFigures, from, to);
      }
      m.put("breakdown", breakdown);
    }
    return m;
  }

  /** SMS delivery per campaign: one row per campaign that wrote texts in the period. */
  private List<Map<String, Object>> texts(Instant from, Instant to) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (var t : texts.byCampaign(from, to)) {
      Map<String, Object> row = new java.util.LinkedHashMap<>();
      row.put("campaign", t.campaign());
      row.put("sent", t.sent());
      row.put("delivered", t.delivered());
      row.put("undelivered", t.undelivered());
      row.put("deliveryRate", t.deliveryRate());
      row.put("segments", t.segments());
      rows.add(row);
    }
    return rows;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  static ZoneId zone(String id) {
    ZoneId zone;
    try {
      zone = ZoneId.of(Objects.requireNonNull(id).trim());
    } catch (DateTimeException | NullPointerException e) {
      throw new IllegalStateException("followup.reports.zone is not a time zone: '" + id + "'");
    }
    if (!zone.getRules().getTransitions().stream()
            .allMatch(t -> t.getOffsetAfter().getTotalSeconds() % 3600 == 0)
        || zone.getRules().getOffset(Instant.EPOCH).getTotalSeconds() % 3600 != 0) {
      throw new IllegalStateException(
          "followup.reports.zone "
              + id
              + " has offsets that are not whole hours; reports sum whole UTC hours");
    }
    return zone;
  }
}
