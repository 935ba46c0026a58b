package com.followup.sla.breach;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** QA's work queue: the breaches nobody has decided yet, open or appealed, newest first. */
@Singleton
public class ReviewQueue {

  private static final Comparator<Breach> NEWEST_FIRST =
      Comparator.comparing(Breach::breachedAt).thenComparing(b -> b.id().value()).reversed();

  private final BreachLedger ledger;

  ReviewQueue(BreachLedger ledger) {
    this.ledger = ledger;
  }

  /** The newest {@code limit} (1–1000) breaches waiting for QA, and how many wait in all. */
  @Transactional(readOnly = true)
  public Waiting waiting(int limit) {
    BreachFilter open = only(BreachStatus.OPEN, limit);
    BreachFilter appealed = only(BreachStatus.APPEALED, limit);
    List<Breach> newest =
        Stream.concat(ledger.list(open).stream(), ledger.list(appealed).stream())
            .sorted(NEWEST_FIRST)
            .limit(limit)
            .toList();
    return new Waiting(newest, ledger.count(open), ledger.count(appealed));
  }

  private static BreachFilter only(BreachStatus status, int limit) {
    return new BreachFilter(status, null, null, null, null, null, null, null, limit);
  }

  /**
   * What waits for QA.
   *
   * @param newest the newest of them, at most the limit asked for
   * @param open how many are open (not reviewed yet)
   * @param appealed how many the owner's side has appealed
   */
  public record Waiting(List<Breach> newest, long open, long appealed) {

    public Waiting {
      newest = List.copyOf(newest);
    }

    public long total() {
      return open + appealed;
    }

    /** Whether some waiting breaches are not in {@link #newest}. */
    public boolean truncated() {
      return total() > newest.size();
    }
  }
}
