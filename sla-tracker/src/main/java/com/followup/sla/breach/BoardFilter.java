package com.followup.sla.breach;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * What QA's breach board shows; every field but {@code statuses} is optional.
 *
 * @param statuses the statuses shown (empty: every status)
 * @param since breached at or after
 * @param until breached before
 * @param stage the target's name
 * @param owner who answers for it (the user who opened the ticket, e.g. the agent)
 */
public record BoardFilter(
    List<BreachStatus> statuses,
    @Nullable Instant since,
    @Nullable Instant until,
    @Nullable String stage,
    @Nullable String department,
    @Nullable String dealerCode,
    @Nullable String owner,
    @Nullable String ticketType) {

  /** The breaches QA still has to decide. */
  public static final List<BreachStatus> WAITING =
      List.of(BreachStatus.OPEN, BreachStatus.APPEALED);

  public BoardFilter {
    statuses = statuses == null ? List.of() : List.copyOf(statuses);
    if (since != null && until != null && !until.isAfter(since)) {
      throw new IllegalArgumentException("until must be after since");
    }
  }

  /** The work queue: open and appealed breaches, nothing else narrowed. */
  public static BoardFilter waiting() {
    return new BoardFilter(WAITING, null, null, null, null, null, null, null);
  }

  /** The same filter for one dealer's desk. */
  public BoardFilter forDealer(String code) {
    return new BoardFilter(statuses, since, until, stage, department, code, owner, ticketType);
  }

  /** The same filter for one owner's desk. */
  public BoardFilter forOwner(String name) {
    return new BoardFilter(statuses, since, until, stage, department, dealerCode, name, ticketType);
  }
}
