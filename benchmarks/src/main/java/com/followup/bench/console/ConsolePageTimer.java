package com.followup.bench.console;

import com.followup.bench.Measures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

/** Medians of 20 runs after 3 warm-ups: of pages (server and client time) and of bare SQL. */
final class ConsolePageTimer {

  static final int WARM_UPS = 3;
  static final int RUNS = 20;

  /** One page's medians; {@code serverMs} null when the responses carried no Server-Timing. */
  record PageTimes(Double serverMs, double clientMs, Double maxServerMs, int bytes) {}

  /** One sample: a page (or the API calls standing in for it), already checked. */
  @FunctionalInterface
  interface Sample {
    ConsoleClient.Timed take() throws Exception;
  }

  private ConsolePageTimer() {}

  static PageTimes page(Sample sample) throws Exception {
    for (int i = 0; i < WARM_UPS; i++) {
      sample.take();
    }
    List<Double> server = new ArrayList<>();
    List<Double> client = new ArrayList<>();
    int bytes = 0;
    for (int i = 0; i < RUNS; i++) {
      ConsoleClient.Timed timed = sample.take();
      if (timed.serverMs() != null) {
        server.add(timed.serverMs());
      }
      client.add(timed.clientMs());
      bytes = timed.bytes();
    }
    Double serverMedian = server.size() == RUNS ? median(server) : null;
    Double maxServer = server.isEmpty() ? null : Collections.max(server);
    return new PageTimes(serverMedian, median(client), maxServer, bytes);
  }

  /** Median wall time of a JDBC call, in milliseconds. */
  static double sql(Callable<?> call) throws Exception {
    for (int i = 0; i < WARM_UPS; i++) {
      call.call();
    }
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      call.call();
      ms.add((System.nanoTime() - start) / 1e6);
    }
    return median(ms);
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int mid = sorted.size() / 2;
    double median =
        sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    return Measures.round(median);
  }
}
