package com.followup.admin.metrics;

import com.followup.campaign.dispatch.DialQueue;
import com.followup.campaign.dispatch.FollowUpsReleased;
import com.followup.sla.breach.BreachFilter;
import com.followup.sla.breach.BreachLedger;
import com.followup.sla.breach.BreachStatus;
import com.followup.sla.transfer.TransferHistory;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations metrics the libraries do not keep themselves: the dispatcher's lateness (a
 * histogram, fed by each released batch in process), the dial queue's depth per campaign, the open
 * SLA breaches and the deliveries to departments still being tried after their warning. The gauges
 * read the database on a slow refresh ({@code followup.metrics.refresh}, 15 s: three small
 * statements), never on a scrape, so an idle cluster stays quiet however often Prometheus asks.
 */
@Singleton
public class OperationsMetrics {

  private static final Logger LOG = LoggerFactory.getLogger(OperationsMetrics.class);

  private final MeterRegistry registry;
  private final DialQueue queue;
  private final BreachLedger breaches;
  private final Timer lateness;
  private final Map<String, AtomicLong> depth = new ConcurrentHashMap<>();
  private final TransferHistory transfers;
  private final AtomicLong openBreaches = new AtomicLong();
  private final AtomicLong overdueDeliveries = new AtomicLong();
  private final AtomicReference<Duration> lastLateness = new AtomicReference<>(Duration.ZERO);

  OperationsMetrics(
      MeterRegistry registry, DialQueue queue, BreachLedger breaches, TransferHistory transfers) {
    this.registry = registry;
    this.queue = queue;
    this.breaches = breaches;
    this.transfers = transfers;
    this.lateness =
        Timer.builder("followup.dispatch.lateness")
            .description("how long after its attempt time a follow-up was released to the queue")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(10))
            .maximumExpectedValue(Duration.ofHours(1))
            .register(registry);
    registry.gauge("followup.sla.breaches.open", openBreaches);
    Gauge.builder("followup.departments.deliveries.overdue", overdueDeliveries, AtomicLong::get)
        .description(
            "deliveries of tickets to departments still being tried after their warning went out")
        .register(registry);
  }

  @EventListener
  void released(FollowUpsReleased batch) {
    Duration latest = Duration.ZERO;
    for (Duration late : batch.lateness()) {
      Duration clipped = late.isNegative() ? Duration.ZERO : late;
      lateness.record(clipped);
      latest = clipped.compareTo(latest) > 0 ? clipped : latest;
    }
    lastLateness.set(latest);
  }

  @Scheduled(fixedDelay = "${followup.metrics.refresh:60s}", initialDelay = "2s")
  void refresh() {
    try {
      Map<String, Long> waiting = queue.waitingByCampaign();
      depth.forEach((campaign, count) -> count.set(waiting.getOrDefault(campaign, 0L)));
      waiting.forEach((campaign, count) -> depthOf(campaign).set(count));
      openBreaches.set(
          breaches.count(
              new BreachFilter(BreachStatus.OPEN, null, null, null, null, null, null, null, 1)));
      overdueDeliveries.set(transfers.overdueDeliveries());
    } catch (RuntimeException e) {
      LOG.warn("could not refresh the queue, breach and delivery gauges: {}", e.toString());
    }
  }

  /** The dial queue's depth per campaign, as last refreshed. */
  public Map<String, Long> queueDepth() {
    Map<String, Long> copy = new java.util.TreeMap<>();
    depth.forEach((campaign, count) -> copy.put(campaign, count.get()));
    return copy;
  }

  /** Open SLA breaches, as last refreshed. */
  public long openBreaches() {
    return openBreaches.get();
  }

  /** Deliveries to departments still being tried after their warning, as last refreshed. */
  public long overdueDeliveries() {
    return overdueDeliveries.get();
  }

  /** The largest lateness of the last released batch. */
  public Duration lastLateness() {
    return lastLateness.get();
  }

  private AtomicLong depthOf(String campaign) {
    return depth.computeIfAbsent(
        campaign,
        c -> {
          AtomicLong made = new AtomicLong();
          registry.gauge("followup.dial.queue.depth", Tags.of("campaign", c), made);
          return made;
        });
  }
}
