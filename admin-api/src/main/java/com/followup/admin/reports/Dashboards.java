package com.followup.admin.reports;

import com.followup.dialer.dialing.CampaignDialingSettings;
import com.followup.dialer.pacing.AbandonmentBudget;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The manager's dashboard: a period's report for the centre (the very report of {@code GET
 * /api/reports}) or for one campaign, dealer or agent, a breakdown, and one point a day over the 30
 * days ending on the chosen date.
 */
@Singleton
public class Dashboards {

  /** The breakdowns a dashboard offers. */
  public static final List<String> BREAKDOWNS = List.of("campaign", "dealer", "agent");

  private static final Set<String> API_BREAKDOWNS = Set.of("dealer", "agent");

  private final Reports reports;
  private final ScopedReport scoped;
  private final DailyTrend trend;
  private final CampaignDialingSettings dialing;
  private final Clock clock;

  Dashboards(
      Reports reports,
      ScopedReport scoped,
      DailyTrend trend,
      CampaignDialingSettings dialing,
      Clock clock) {
    this.reports = reports;
    this.scoped = scoped;
    this.trend = trend;
    this.dialing = dialing;
    this.clock = clock;
  }

  /** Today in the centre's zone (the dashboard's default date). */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(reports.zone()));
  }

  /**
   * The dashboard of {@code period} (DAY, WEEK or MONTH) holding {@code date} (YYYY-MM-DD); {@code
   * by} campaign, dealer or agent. Bad input is an {@link IllegalArgumentException} naming it.
   */
  @SuppressWarnings("unchecked")
  public DashboardReport dashboard(String period, String date, String by, ReportScope scope) {
    String breakdown = by == null || by.isBlank() ? "campaign" : by.trim().toLowerCase(Locale.ROOT);
    if (!BREAKDOWNS.contains(breakdown)) {
      throw new IllegalArgumentException("by must be campaign, dealer or agent, not '" + by + "'");
    }
    ReportPeriod p = ReportPeriod.parse(period, date, reports.zone());
    double cap =
        scope.kind() == ReportScope.Kind.CAMPAIGN
            ? dialing.of(scope.key()).abandonmentCap()
            : AbandonmentBudget.DEFAULT_CAP;
    Map<String, Object> figures;
    List<Map<String, Object>> rows = List.of();
    if (scope.isCentre()) {
      figures = reports.report(p, API_BREAKDOWNS.contains(breakdown) ? breakdown : null);
      Object listed = figures.get("campaign".equals(breakdown) ? "byCampaign" : "breakdown");
      rows = listed == null ? List.of() : (List<Map<String, Object>>) listed;
    } else {
      figures = scoped.report(p, scope, cap);
    }
    return new DashboardReport(
        p.kind(),
        p.date(),
        p.first(),
        p.last(),
        p.zone(),
        scope,
        breakdown,
        figures,
        rows,
        trend.of(scope, p.date(), p.zone(), cap),
        cap);
  }

  /**
   * The dashboard as CSV, as {@code GET /api/reports} writes it (UTF-8 with BOM, formulas escaped),
   * its 30-day trend added under the scope {@code trend30d}.
   */
  public byte[] csv(DashboardReport dashboard) {
    Map<String, Object> all = new LinkedHashMap<>(dashboard.figures());
    all.put("trend30d", dashboard.trend().stream().map(Dashboards::row).toList());
    return ReportCsv.of(all);
  }

  private static Map<String, Object> row(TrendDay d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("date", d.day().toString());
    m.put("dials", d.dials());
    m.put("connectRate", d.connectRate());
    m.put("rightPartyContactRate", d.rightPartyContactRate());
    m.put("abandonmentRate", d.abandonmentRate());
    m.put("overCap", d.overCap());
    m.put("slaCompliance", d.slaCompliance());
    m.put("slaBreaches", d.slaBreaches());
    m.put("followupsCompletedInWindow", d.completedInWindow());
    m.put("followupCompletionRate", d.completionRate());
    return m;
  }
}
