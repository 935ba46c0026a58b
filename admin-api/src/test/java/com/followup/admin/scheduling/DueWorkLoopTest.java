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

  /** Nothing due until {@link #add} commits an item, which wakes the loop that registered. */
  static final class WakingWork implements DueWork {
    final java.util.Set<Runnable> wakeUps = java.util.concurrent.ConcurrentHashMap.newKeySet();
    final AtomicInteger pending = new AtomicInteger();
    final AtomicInteger done = new AtomicInteger();

    void add() {
      pending.incrementAndGet();
      wakeUps.forEach(Runnable::run);
    }

    @Override
    public String name() {
      return "waking";
    }

    @Override
    public int processDue(Instant now) {
      int n = pending.getAndSet(0);
      done.addAndGet(n);
      return n;
    }

    @Override
    public Optional<Instant> nextDue() {
      return pending.get() > 0 ? Optional.of(Instant.EPOCH) : Optional.empty();
    }

    @Override
    public void addWakeUp(Runnable wakeUp) {
      wakeUps.add(wakeUp);
    }

    @Override
    public void removeWakeUp(Runnable wakeUp) {
      wakeUps.remove(wakeUp);
    }
  }

  @Test
  void work_committed_on_this_instance_wakes_the_idle_loop_at_once_not_at_its_next_poll()
      throws Exception {
    WakingWork work = new WakingWork();
    DueWorkLoop loop = new DueWorkLoop(work, Clock.systemUTC(), Duration.ofSeconds(30));
    Thread runner =
        new Thread(
            () -> {
              try {
                loop.runUntil(Instant.now().plusSeconds(60));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    runner.start();
    long registered = System.nanoTime();
    while (work.wakeUps.isEmpty() && System.nanoTime() - registered < 5_000_000_000L) {
      Thread.sleep(5);
    }
    Thread.sleep(200); // the loop is asleep now, for up to its 30 s idle poll
    for (int round = 1; round <= 3; round++) {
      long added = System.nanoTime();
      work.add();
      while (work.done.get() < round && System.nanoTime() - added < 5_000_000_000L) {
        Thread.sleep(2);
      }
      assertThat(work.done.get()).isEqualTo(round);
      assertThat(Duration.ofNanos(System.nanoTime() - added)).isLessThan(Duration.ofSeconds(2));
      Thread.sleep(100);
    }
    loop.stop();
    runner.join(5_000);
    assertThat(runner.isAlive()).isFalse();
    // a stopped loop's wake-up is gone: the work wakes nothing that no longer runs
    assertThat(work.wakeUps).isEmpty();
  }

  /** Nothing pending until {@code dueAt} is set; counts every look for the next due time. */
  static final class QuietWork implements DueWork {
    final AtomicInteger looks = new AtomicInteger();
    volatile Instant dueAt;
    volatile Instant processedAt;

    @Override
    public String name() {
      return "quiet";
    }

    @Override
    public int processDue(Instant now) {
      Instant due = dueAt;
      if (due != null && processedAt == null && !due.isAfter(now)) {
        processedAt = now;
        return 1;
      }
      return 0;
    }

    @Override
    public Optional<Instant> nextDue() {
      looks.incrementAndGet();
      return processedAt == null ? Optional.ofNullable(dueAt) : Optional.empty();
    }
  }

  private static Thread run(DueWorkLoop loop, Duration duration) {
    Thread runner =
        new Thread(
            () -> {
              try {
                loop.runUntil(Instant.now().plus(duration));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    runner.start();
    return runner;
  }

  @Test
  void an_idle_loop_looks_for_work_less_and_less_often_up_to_its_longest_idle_poll()
      throws Exception {
    QuietWork work = new QuietWork();
    DueWorkLoop loop =
        new DueWorkLoop(work, Clock.systemUTC(), Duration.ofMillis(50), Duration.ofMillis(400));
    Thread runner = run(loop, Duration.ofSeconds(10));
    Thread.sleep(3_000);
    // at a fixed 50 ms: 60 looks; backing off 50, 100, 200, 400, 400 …: about a dozen
    assertThat(work.looks.get()).isBetween(6, 16);
    int before = work.looks.get();
    Thread.sleep(2_000);
    // settled at the longest poll: five looks in two seconds, not forty
    assertThat(work.looks.get() - before).isBetween(3, 7);
    loop.stop();
    runner.join(5_000);
    assertThat(runner.isAlive()).isFalse();
  }

  @Test
  void a_loop_idle_for_long_still_processes_known_work_at_its_due_time_not_at_its_next_poll()
      throws Exception {
    QuietWork work = new QuietWork();
    Instant due = Instant.now().plusMillis(2_300);
    work.dueAt = due;
    DueWorkLoop loop =
        new DueWorkLoop(work, Clock.systemUTC(), Duration.ofMillis(100), Duration.ofSeconds(30));
    Thread runner = run(loop, Duration.ofSeconds(10));
    while (work.processedAt == null && Instant.now().isBefore(due.plusSeconds(5))) {
      Thread.sleep(5);
    }
    assertThat(work.processedAt).isNotNull();
    assertThat(Duration.between(due, work.processedAt))
        .isGreaterThanOrEqualTo(Duration.ZERO)
        .isLessThan(Duration.ofMillis(200));
    loop.stop();
    runner.join(5_000);
    assertThat(runner.isAlive()).isFalse();
  }

  /** Due at once; its first batch dies in a deadlock, thrown as checked, as a transaction's is. */
  static final class DeadlockedOnceWork implements DueWork {
    final AtomicInteger attempts = new AtomicInteger();
    final AtomicInteger done = new AtomicInteger();

    @Override
    public String name() {
      return "deadlocked-once";
    }

    @Override
    public int processDue(Instant now) {
      if (attempts.incrementAndGet() == 1) {
        DueWorkLoopTest.<RuntimeException>sneaky(
            new java.sql.SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001"));
      }
      return done.get() == 0 ? done.incrementAndGet() : 0;
    }

    @Override
    public Optional<Instant> nextDue() {
      return done.get() == 0 ? Optional.of(Instant.EPOCH) : Optional.empty();
    }
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> void sneaky(Throwable e) throws E {
    throw (E) e;
  }

  @Test
  void a_batch_that_dies_in_a_deadlock_is_tried_again_and_the_loop_goes_on() throws Exception {
    DeadlockedOnceWork work = new DeadlockedOnceWork();
    DueWorkLoop loop = new DueWorkLoop(work, Clock.systemUTC(), Duration.ofMillis(100));
    Thread runner = run(loop, Duration.ofSeconds(10));
    long started = System.nanoTime();
    while (work.done.get() == 0 && System.nanoTime() - started < 3_000_000_000L) {
      Thread.sleep(5);
    }

    assertThat(work.done.get()).as("processed on the next try").isEqualTo(1);
    assertThat(runner.isAlive()).as("the loop still runs").isTrue();
    loop.stop();
    runner.join(5_000);
    assertThat(runner.isAlive()).isFalse();
  }
}
