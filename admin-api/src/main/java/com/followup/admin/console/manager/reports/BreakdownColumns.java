package com.followup.admin.console.manager.reports;

import java.util.List;

/**
 * The columns of the breakdown table for each {@code by=}: the figures each kind of row has (a
 * campaign's calls and steps, a dealer's steps and tickets, an agent's calls, time, breaches and
 * QA's figures).
 */
final class BreakdownColumns {

  /** One column: the report's figure, its heading's message key, how it is formatted. */
  public record Column(String key, String label, String kind) {}

  private BreakdownColumns() {}

  static List<Column> of(String by) {
    return switch (by) {
      case "dealer" ->
          List.of(
              new Column("followupsCompletedInWindow", "reports.fig.completedInWindow", "count"),
              new Column("followupsCompletedLate", "reports.fig.completedLate", "count"),
              new Column("followupsMissed", "reports.fig.missed", "count"),
              new Column("followupCompletionRate", "reports.fig.completionRate", "percent"),
              new Column("slaCompliance", "reports.fig.slaCompliance", "percent"),
              new Column("slaBreaches", "reports.fig.slaBreaches", "count"),
              new Column("recomplaints", "reports.fig.recomplaints", "count"));
      case "agent" ->
          List.of(
              new Column("dials", "reports.fig.dials", "count"),
              new Column("connectRate", "reports.fig.connectRate", "percent"),
              new Column("rightPartyContactRate", "reports.fig.rightPartyContactRate", "percent"),
              new Column("callsHandled", "reports.fig.callsHandled", "count"),
              new Column("averageHandleSeconds", "reports.fig.averageHandle", "seconds"),
              new Column("occupancy", "reports.fig.occupancy", "percent"),
              new Column("slaBreaches", "reports.fig.slaBreaches", "count"),
              new Column("auditedCalls", "reports.fig.auditedCalls", "count"),
              new Column("averageScore", "reports.fig.averageScore", "decimal"),
              new Column("criticalFailures", "reports.fig.criticalFailures", "count"),
              new Column("errorRate", "reports.fig.errorRate", "percent"));
      default ->
          List.of(
              new Column("dials", "reports.fig.dials", "count"),
              new Column("connectRate", "reports.fig.connectRate", "percent"),
              new Column("abandonmentRate", "reports.fig.abandonmentRate", "percent"),
              new Column("averageHandleSeconds", "reports.fig.averageHandle", "seconds"),
              new Column("followupsCompletedInWindow", "reports.fig.completedInWindow", "count"),
              new Column("followupsMissed", "reports.fig.missed", "count"),
              new Column("satisfaction", "reports.fig.satisfaction", "percent"));
    };
  }
}
