package com.followup.campaign.ingest;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that validate and encode uploaded rows, shared by all uploads and sized to the
 * machine: libphonenumber is the costliest step of an upload, and it parallelizes.
 */
@Singleton
class ValidationWorkers {

  private final ExecutorService pool;

  ValidationWorkers() {
    AtomicInteger count = new AtomicInteger();
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "ingest-validate-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  ExecutorService pool() {
    return pool;
  }

  @PreDestroy
  void close() {
    pool.shutdownNow();
  }
}
