package com.followup.campaign.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TsvBytesTest {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

  @Test
  void text_is_the_utf8_of_the_string_with_load_data_escapes() {
    SplittableRandom random = new SplittableRandom(11);
    char[] alphabet = {'a', 'Z', '7', ' ', '\\', '\t', '\n', '\r', '\0', 'é', '王', '１', '\uD83D'};
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        char c = alphabet[random.nextInt(alphabet.length)];
        text.append(c);
        if (c == '\uD83D' && random.nextBoolean()) {
          text.append('\uDE00'); // a complete emoji; alone, the high surrogate is unpaired
        }
      }
      TsvBytes tsv = new TsvBytes(0);
      tsv.text(text.toString());

      assertThat(written(tsv)).as(text.toString()).isEqualTo(expected(text.toString()));
    }
  }

  @Test
  void numbers_are_plain_decimals() {
    long[] values = {0, 7, 10, 99, 1_000_000_007L, -42, Long.MAX_VALUE, Long.MIN_VALUE};
    for (long value : values) {
      TsvBytes tsv = new TsvBytes(0);
      tsv.number(value);

      assertThat(new String(written(tsv), StandardCharsets.US_ASCII))
          .isEqualTo(Long.toString(value));
    }
  }

  @Test
  void instants_are_utc_date_times_to_the_millisecond() {
    SplittableRandom random = new SplittableRandom(5);
    long from = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
    long until = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    for (int n = 0; n < 200_000; n++) {
      long seconds =
          n % 2 == 0
              ? random.nextLong(from, until)
              : random.nextLong(-3 * 86_400L, 3 * 86_400L) + (n % 4 == 1 ? 0 : 951_782_400L);
      Instant instant = Instant.ofEpochSecond(seconds, random.nextInt(1_000_000_000));
      TsvBytes tsv = new TsvBytes(0);
      tsv.utc(instant);

      assertThat(new String(written(tsv), StandardCharsets.US_ASCII))
          .as(instant.toString())
          .isEqualTo(UTC.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)));
    }
  }

  private static byte[] written(TsvBytes tsv) {
    return Arrays.copyOf(tsv.array(), tsv.size());
  }

  private static byte[] expected(String text) {
    return text.replace("\\", "\\\\")
        .replace("\t", "\\t")
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\0", "\\0")
        .getBytes(StandardCharsets.UTF_8);
  }
}
