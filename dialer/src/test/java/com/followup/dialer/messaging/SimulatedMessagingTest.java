package com.followup.dialer.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.campaign.dnc.OptOut;
import com.followup.campaign.dnc.OptOuts;
import com.followup.campaign.timeline.StepChannel;
import com.followup.dialer.messaging.simulator.SimulatedMessaging;
import com.followup.dialer.telephony.TelephonyMode;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The default messaging on MariaDB: seeded simulated delivery and simulated replies. */
@MicronautTest(transactional = false)
@Property(name = "followup.sms.simulator.delivered-rate", value = "0.7")
@Property(name = "followup.sms.simulator.report-after", value = "20ms")
@Property(name = "followup.sms.simulator.seed", value = "7")
class SimulatedMessagingTest {

  @Inject Messaging messaging;
  @Inject TextMessages texts;
  @Inject OptOuts optOuts;

  @Test
  void simulatedTextsAreMostlyDeliveredAndSomeUndelivered() throws InterruptedException {
    assertThat(messaging).isInstanceOf(SimulatedMessaging.class);
    long base = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      TextMessage text =
          texts
              .open(
                  base + i,
                  1,
                  "repair",
                  phone(),
                  "Thank you",
                  "en",
                  "GSM-7",
                  1,
                  TelephonyMode.SIMULATOR,
                  Instant.now())
              .text();
      Messaging.Sent sent = messaging.send(text, false);
      assertThat(sent.providerSid()).isEqualTo("SMSIM" + text.id());
      ids.add(text.id());
    }

    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline
        && !ids.stream().allMatch(id -> texts.find(id).orElseThrow().status().isFinal())) {
      Thread.sleep(50);
    }

    List<TextMessage> settled = ids.stream().map(id -> texts.find(id).orElseThrow()).toList();
    assertThat(settled).allMatch(t -> t.status().isFinal() && t.sentAt() != null);
    long delivered = settled.stream().filter(t -> t.status() == TextStatus.DELIVERED).count();
    assertThat(delivered).isBetween(12L, 29L);
    assertThat(settled)
        .filteredOn(t -> t.status() == TextStatus.UNDELIVERED)
        .isNotEmpty()
        .allMatch(t -> "30003".equals(t.errorCode()) && t.deliveredAt() == null);
  }

  @Test
  void aSimulatedStopReplyOptsTheNumberOutAndStartOptsItBackIn() {
    SimulatedMessaging simulator = (SimulatedMessaging) messaging;
    String phone = phone();

    assertThat(simulator.reply(phone, " stop. ").action()).isEqualTo(InboundTexts.Action.OPTED_OUT);
    assertThat(optOuts.of(phone)).extracting(OptOut::channel).containsExactly(StepChannel.SMS);
    assertThat(simulator.reply(phone, "Please stop calling me at night").action())
        .isEqualTo(InboundTexts.Action.NONE);
    assertThat(simulator.reply(phone, "UNSTOP").action()).isEqualTo(InboundTexts.Action.OPTED_IN);
    assertThat(optOuts.of(phone)).isEmpty();
  }

  private static String phone() {
    return "+86138" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
  }
}
