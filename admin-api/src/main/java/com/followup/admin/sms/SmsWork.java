package com.followup.admin.sms;

import com.followup.admin.scheduling.DueWork;
import com.followup.dialer.messaging.SmsSettings;
import com.followup.dialer.messaging.TextSender;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The text sender's loop, leased to one instance of the cluster at a time (so one instance sends a
 * campaign's texts, and the messages-per-second holds for the account): every {@code
 * followup.sms.tick} it sends what the dial queue holds for SMS steps.
 */
@Singleton
class SmsWork implements DueWork {

  private final TextSender sender;
  private final Duration tick;
  private final Clock clock;
  private volatile Instant lastTick;

  SmsWork(TextSender sender, SmsSettings settings, Clock clock) {
    this.sender = sender;
    this.tick = settings.tick();
    this.clock = clock;
    this.lastTick = clock.instant().minus(tick);
  }

  @Override
  public String name() {
    return "sms-sender";
  }

  @Override
  public int processDue(Instant now) {
    lastTick = clock.instant();
    return sender.tick();
  }

  @Override
  public Optional<Instant> nextDue() {
    return Optional.of(lastTick.plus(tick));
  }
}
