package com.followup.admin.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.demo.DemoDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An instance that shuts down stops its due-work loops at once, even a loop whose lease Quartz was
 * handing out at that very moment: it neither keeps the shutdown waiting for the rest of its lease
 * nor goes on working (dialing, dispatching) while the rest of the instance is already gone.
 */
class DueWorkShutdownTest {

  // a schema of its own, and a cluster of its own each round: every lease is new and fires at once
  private final DemoDatabase database = new DemoDatabase("_shutdown");

  @Test
  void an_instance_closed_as_its_loops_start_stops_within_seconds_not_after_its_lease()
      throws Exception {
    database.dropAndCreate();
    for (int round = 0; round < 8; round++) {
      ApplicationContext instance =
          ApplicationContext.run(
              Map.of(
                  "datasources.default.url",
                  database.url(),
                  "followup.scheduler.lease",
                  "60s",
                  "followup.scheduler.name",
                  "shutdown-test-" + round),
              Environment.TEST);
      Thread.sleep(round * 30L); // closes before, while and after Quartz fires the leases

      long started = System.nanoTime();
      instance.close();
      Duration took = Duration.ofNanos(System.nanoTime() - started);

      assertThat(took).as("round %d: shutdown", round).isLessThan(Duration.ofSeconds(10));
    }
  }
}
