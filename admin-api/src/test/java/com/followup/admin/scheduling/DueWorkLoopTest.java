package com.followup.admin.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The loop itself, over work that says something is due but cannot take it yet. */
class DueWorkLoopTest {

  /** Due since the epoch; processable only once {@code free} is set (held elsewhere until then). */
  static final class HeldWork implements DueWork {
    final AtomicInteger attempts = new AtomicInteger();
    final AtomicBoolean free = new AtomicBoolean();
    final AtomicInteger done = new AtomicInteger();

    @Override
    public String name() {
      return "held";
    }

    @Override
    public int processDue(Instant now) {
      attempts.incrementAndGet();
      if (free.get() && done.get() == 0) {
        done.incrementAndGet();
        return 1;
      }
      return 0;
    }

    @Override
    public Optional<Instant> nextDue() {
      return done.get() == 0 ? Optional.of(Instant.EPOCH) : Optional.empty();
    }
  }

  @Test
  void due_work_held_by_another_transaction_is_asked_for_less_and_less_often_not_in_a_spin()
      throws Exception {
    HeldWork work = new HeldWork();
    DueWorkLoop loop = new DueWorkLoop(work, Clock.systemUTC(), Duration.ofSeconds(1));
    Thread runner =
        new Thread(
            () -> {
              try {
                loop.runUntil(Instant.now().plusSeconds(30));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    runner.start();
    Thread.sleep(500);
    // backing off 1, 2, 4 … ms up to a tenth of the idle poll: a dozen asks, not thousands
    assertThat(work.attempts.get()).isBetween(5, 20);

    work.free.set(true);
    long freed = System.nanoTime();
    while (work.done.get() == 0 && System.nanoTime() - freed < 2_000_000_000L) {
      Thread.sleep(5);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - freed)).isLessThan(Duration.ofMillis(500));
    loop.stop();
    runner.join(5_000);
    assertThat(runner.isAlive()).isFalse();
  }
}
