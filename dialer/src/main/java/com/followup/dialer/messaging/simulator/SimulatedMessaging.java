package com.followup.dialer.messaging.simulator;

import com.followup.dialer.messaging.InboundTexts;
import com.followup.dialer.messaging.Messaging;
import com.followup.dialer.messaging.TextMessage;
import com.followup.dialer.messaging.TextStatus;
import com.followup.dialer.messaging.TextStatuses;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default messaging: every text is accepted at once, reported sent after {@code report-after},
 * then delivered or (seeded, {@code 1 - delivered-rate} of them) undelivered with error 30003 after
 * as long again. {@link #reply} plays a customer's reply (STOP, START …) as Twilio's inbound
 * webhook would deliver it.
 */
@Singleton
@Requires(property = "followup.telephony.mode", value = "simulator", defaultValue = "simulator")
public class SimulatedMessaging implements Messaging {

  private static final Logger LOG = LoggerFactory.getLogger(SimulatedMessaging.class);

  private final SmsSimulatorSettings settings;
  private final TextStatuses statuses;
  private final InboundTexts inbound;
  private final Clock clock;
  private final Random random;
  private final ScheduledExecutorService timer;

  SimulatedMessaging(
      SmsSimulatorSettings settings, TextStatuses statuses, InboundTexts inbound, Clock clock) {
    this.settings = settings;
    this.statuses = statuses;
    this.inbound = inbound;
    this.clock = clock;
    this.random = settings.seed() == null ? new Random() : new Random(settings.seed());
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "sms-simulator");
              thread.setDaemon(true);
              return thread;
            });
  }

  @Override
  public Sent send(TextMessage text, boolean resumed) {
    String sid = "SMSIM" + text.id();
    boolean delivered;
    synchronized (random) {
      delivered = random.nextDouble() < settings.deliveredRate();
    }
    long after = settings.reportAfter().toMillis();
    later(
        after, () -> statuses.report(text.id(), sid, TextStatus.SENT, null, clock.instant(), null));
    later(
        2 * after,
        () ->
            statuses.report(
                text.id(),
                sid,
                delivered ? TextStatus.DELIVERED : TextStatus.UNDELIVERED,
                delivered ? null : "30003",
                clock.instant(),
                delivered ? null : "simulated: unreachable handset"));
    return new Sent(sid, null);
  }

  /** A reply from {@code from} (E.164), as the inbound webhook would hand it over. */
  public InboundTexts.Reply reply(String from, String body) {
    return inbound.received(from, body);
  }

  private void later(long millis, Runnable report) {
    timer.schedule(
        () -> {
          try {
            report.run();
          } catch (RuntimeException e) {
            LOG.warn("simulated text report failed", e);
          }
        },
        millis,
        TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    timer.shutdownNow();
  }
}
