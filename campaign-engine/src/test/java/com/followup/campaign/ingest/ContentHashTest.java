package com.followup.campaign.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ContentHashTest {

  @Test
  void the_hash_is_the_one_stored_records_were_given_md5_of_utf8_fields_with_0_after_each()
      throws Exception {
    SplittableRandom random = new SplittableRandom(3);
    char[] alphabet = {'a', 'Z', '7', ' ', ';', 'é', '王', '１', '\uD83D', '\uDE00', '\0'};
    ContentHash hash = new ContentHash();
    for (int n = 0; n < 50_000; n++) {
      List<String> fields = new ArrayList<>();
      for (int f = random.nextInt(1, 10); f > 0; f--) {
        if (random.nextInt(6) == 0) {
          fields.add(null);
          continue;
        }
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(random.nextInt(10) == 0 ? 400 : 20); i > 0; i--) {
          text.append(alphabet[random.nextInt(alphabet.length)]);
        }
        fields.add(text.toString());
      }
      Instant time =
          Instant.ofEpochSecond(
              random.nextLong(-5_000_000_000L, 300_000_000_000L),
              random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 0);
      fields.forEach(hash::text);
      hash.time(time);
      fields.add(time.toString());

      assertThat(hash.finish()).as(fields.toString()).isEqualTo(md5OfFields(fields));
    }
  }

  private static long md5OfFields(List<String> fields) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("MD5");
    for (String field : fields) {
      if (field != null) {
        digest.update(field.getBytes(StandardCharsets.UTF_8));
      }
      digest.update((byte) 0);
    }
    return ByteBuffer.wrap(digest.digest()).getLong();
  }
}
