package com.followup.sla.transfer;

import static com.followup.sla.db.SlaDatabase.instant;

import com.followup.sla.db.SlaDatabase;
import com.followup.sla.department.Department;
import com.followup.sla.department.Departments;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery loop's body: claims due outbox rows, sends them over their channels at once (a few
 * threads), settles each try, and flags deliveries still not made when their warning time passes.
 * Call {@link #processDue} and {@link #nextDue} from a scheduling loop; several instances may run
 * it at the same time.
 */
@Singleton
public class DeliveryOutbox {

  private static final Logger LOG = LoggerFactory.getLogger(DeliveryOutbox.class);

  private final DeliveryClaims claims;
  private final Departments departments;
  private final Map<String, DeliveryChannel> channels;
  private final SlaDatabase db;
  private final Clock clock;
  private final ExecutorService senders;

  DeliveryOutbox(
      DeliveryClaims claims,
      Departments departments,
      List<DeliveryChannel> channels,
      SlaDatabase db,
      DeliverySettings settings,
      Clock clock) {
    this.claims = claims;
    this.departments = departments;
    this.channels =
        channels.stream().collect(Collectors.toMap(DeliveryChannel::name, Function.identity()));
    this.db = db;
    this.clock = clock;
    this.senders = Executors.newFixedThreadPool(Math.max(1, settings.threads()));
  }

  /**
   * Sends one batch of the deliveries due at {@code now} and raises due warnings.
   *
   * @return how many rows were tried or flagged; 0 when none was due
   */
  public int processDue(Instant now) {
    Optional<Instant> next = nextDue();
    if (next.isEmpty() || next.get().isAfter(now)) {
      return 0;
    }
    int warned = claims.warn(now);
    List<ClaimedDelivery> due = claims.claim(now);
    if (due.isEmpty()) {
      return warned;
    }
    Map<String, String> secrets = secrets(due);
    List<Future<?>> sent = new ArrayList<>();
    for (ClaimedDelivery d : due) {
      sent.add(senders.submit(() -> send(d, secrets.get(d.department()))));
    }
    for (Future<?> f : sent) {
      try {
        f.get();
      } catch (ExecutionException e) {
        // settling failed (database): the lease runs out and the row is tried again
        LOG.warn(
            "a delivery could not be settled; it is tried again after its lease", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return due.size() + warned;
  }

  /** When the next try or warning falls due, if any is pending. */
  @Connectable
  public Optional<Instant> nextDue() {
    return db
        .query(
            "SELECT MIN(next_attempt_at) AS a, (SELECT MIN(warn_at) FROM sla_delivery) AS w"
                + " FROM sla_delivery",
            row -> {
              Instant a = instant(row, "a");
              Instant w = instant(row, "w");
              return a == null ? w : w == null || a.isBefore(w) ? a : w;
            })
        .stream()
        .filter(Objects::nonNull)
        .findFirst();
  }

  private void send(ClaimedDelivery d, String secret) {
    DeliveryChannel channel = channels.get(d.channel());
    try {
      if (channel == null) {
        throw new DeliveryFailed("no channel " + d.channel());
      }
      channel.send(d, secret);
    } catch (DeliveryFailed e) {
      claims.failed(d, e.getMessage(), clock.instant());
      return;
    } catch (RuntimeException e) {
      claims.failed(d, e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
      return;
    }
    claims.delivered(d, clock.instant());
  }

  private Map<String, String> secrets(List<ClaimedDelivery> due) {
    Map<String, String> secrets = new java.util.HashMap<>();
    for (String code : due.stream().map(ClaimedDelivery::department).distinct().toList()) {
      departments
          .find(code)
          .map(Department::webhookSecret)
          .ifPresent(secret -> secrets.put(code, secret));
    }
    return secrets;
  }

  @PreDestroy
  void close() {
    senders.shutdownNow();
  }
}
