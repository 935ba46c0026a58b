package com.followup.campaign.dispatch;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a draft timeline would do in a date range, before it is saved.
 *
 * @param steps how many record steps have their window opening in the range
 * @param dueByDay how many would fall due each day (UTC dates)
 * @param heldBy how many each rule would hold back or end
 * @param items the first of them, by window opening; {@code truncated} when there are more
 * @param segments each SMS step's text per language: characters, encoding and segments
 */
@Serdeable
public record DryRunResult(
    String campaign,
    LocalDate from,
    LocalDate to,
    int steps,
    Map<LocalDate, Integer> dueByDay,
    Map<String, Integer> heldBy,
    List<DryRunItem> items,
    boolean truncated,
    List<com.followup.campaign.sms.StepSegments> segments) {

  @io.micronaut.core.annotation.Creator
  public DryRunResult {
    segments = segments == null ? List.of() : List.copyOf(segments);
  }

  public DryRunResult(
      String campaign,
      LocalDate from,
      LocalDate to,
      int steps,
      Map<LocalDate, Integer> dueByDay,
      Map<String, Integer> heldBy,
      List<DryRunItem> items,
      boolean truncated) {
    this(campaign, from, to, steps, dueByDay, heldBy, items, truncated, List.of());
  }
}
