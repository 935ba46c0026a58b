package com.followup.campaign.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Dispatchers, an upload and two compactions at once: no delta is lost or folded twice. */
@MicronautTest(transactional = false)
class ConcurrentCompactionTest {

  @Inject ProgressFixture fixture;
  @Inject FollowUpProgress progress;
  @Inject ProgressCompaction compaction;

  private static String rows(String prefix, int count, String eventTime) {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < count; i++) {
      rows.append("PURCHASE,")
          .append(prefix)
          .append(i)
          .append(',')
          .append(eventTime)
          .append(",Ann,13900")
          .append(String.format("%06d", i))
          .append(",\n");
    }
    return rows.toString();
  }

  @Test
  void concurrent_dispatch_uploads_and_compactions_lose_and_double_nothing() throws Exception {
    fixture.clock.set(Instant.parse("2026-11-20T01:00:00Z"));
    String dealer = fixture.newDealer();
    fixture.send(dealer, rows("A-", 3_000, "2026-11-19 15:00"));
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(5);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        work.add(pool.submit(() -> fixture.drain()));
      }
      work.add(pool.submit(() -> fixture.send(dealer, rows("B-", 2_000, "2026-11-15 10:00"))));
      List<Future<Integer>> compactions = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        compactions.add(
            pool.submit(
                () -> {
                  int folded = 0;
                  while (running.get()) {
                    folded += compaction.compact(50); // small batches: many interleavings
                  }
                  return folded;
                }));
      }
      for (Future<?> f : work) {
        f.get(2, TimeUnit.MINUTES);
      }
      fixture.drain();
      running.set(false);
      for (Future<Integer> f : compactions) {
        f.get(1, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(progress.of(dealer)).isEqualTo(fixture.truth(dealer));
    while (compaction.compact(ProgressCompaction.BATCH) > 0) {
      // the rest
    }
    assertThat(fixture.deltas(dealer)).isZero();
    List<StepProgress> end = progress.of(dealer);
    assertThat(end).isEqualTo(fixture.truth(dealer));
    assertThat(end.stream().mapToLong(StepProgress::total).sum()).isEqualTo(3_000 + 2 * 2_000);
  }
}
