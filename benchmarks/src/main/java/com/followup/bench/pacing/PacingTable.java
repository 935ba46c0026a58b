package com.followup.bench.pacing;

import java.util.List;

/** The benchmark's printed table, one line per campaign size, answer rate and mode. */
final class PacingTable {

  private PacingTable() {}

  static String render(List<PacingRow> rows) {
    StringBuilder table = new StringBuilder();
    table.append(
        "| agents | p | mode | occupancy | abandonment (all days) | worst day | dials | connects"
            + " | progressive formula |\n");
    table.append("|---:|---:|---|---:|---:|---:|---:|---:|---:|\n");
    for (PacingRow row : rows) {
      table.append(
          String.format(
              "| %d | %.2f | %s | %.1f %% | %.2f %% | %.2f %% | %d | %d | %.1f %% |%n",
              row.agents(),
              row.humanAnswerRate(),
              row.mode(),
              100 * row.occupancy(),
              100 * row.abandonmentRate30d(),
              100 * row.maxDailyAbandonmentRate(),
              row.dials(),
              row.connects(),
              100 * row.analyticProgressive()));
    }
    return table.toString();
  }
}
