package com.followup.campaign.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventTimesTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void common_forms_read_as_dealer_local_time() {
    assertThat(EventTimes.parse("2026-11-19 14:30:00", SHANGHAI))
        .isEqualTo(Instant.parse("2026-11-19T06:30:00Z"));
    assertThat(EventTimes.parse("2026-11-19T14:30", SHANGHAI))
        .isEqualTo(Instant.parse("2026-11-19T06:30:00Z"));
    assertThat(EventTimes.parse("2026/11/19", SHANGHAI))
        .isEqualTo(Instant.parse("2026-11-18T16:00:00Z"));
    assertThat(EventTimes.parse("2026-02-30", SHANGHAI)).isNull();
    assertThat(EventTimes.parse("2026-11-19 24:00:00", SHANGHAI)).isNull();
  }

  @Test
  void the_shortcut_for_plain_forms_reads_exactly_what_the_pattern_reads() {
    SplittableRandom random = new SplittableRandom(19);
    String[] separators = {"-", "/", ".", "-"};
    String[] betweens = {" ", "T", "  ", "t", " "};
    for (int n = 0; n < 300_000; n++) {
      String sep = separators[random.nextInt(separators.length)];
      StringBuilder text =
          new StringBuilder()
              .append(1990 + random.nextInt(40))
              .append(sep)
              .append(twoDigits(random, 14))
              .append(random.nextInt(20) == 0 ? "/" : sep)
              .append(twoDigits(random, 33));
      int shape = random.nextInt(4);
      if (shape > 0) {
        text.append(betweens[random.nextInt(betweens.length)])
            .append(twoDigits(random, 26))
            .append(':')
            .append(twoDigits(random, 61));
      }
      if (shape > 1) {
        text.append(':').append(twoDigits(random, 61));
      }
      if (shape > 2) {
        text.append(random.nextBoolean() ? ".5" : "Z");
      }
      ZoneId zone = random.nextBoolean() ? SHANGHAI : NEW_YORK;
      String value = text.toString();

      assertThat(EventTimes.parse(value, zone))
          .as(value)
          .isEqualTo(EventTimes.byPattern(value, zone));
    }
  }

  private static String twoDigits(SplittableRandom random, int below) {
    int value = random.nextInt(below);
    return random.nextInt(10) == 0 ? Integer.toString(value) : String.format("%02d", value);
  }
}
