package com.followup.bench.console;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * One dealer's purchases of the last 30 days, as its file arrives: Chinese names, CN mobiles (one
 * customer in ten buys twice, so some phones have more than one record), a product and serial.
 * Spread evenly, about a tenth of them are younger than step 1's 3-day deadline, so that step is
 * open for them now; the rest sit in later steps or were missed.
 */
final class ConsoleRecords {

  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴"};
  private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "军"};
  private static final String[] PRODUCTS = {"Model S", "Model Y", "Washer W7", "Fridge F2"};
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private ConsoleRecords() {}

  /** Writes the file; {@code now} is the dealer's local time. */
  static Path generate(int records, LocalDateTime now) throws IOException {
    Path dir = Files.createDirectories(Path.of("benchmarks", "work"));
    Path file = dir.resolve("console-" + records + ".csv");
    SplittableRandom random = new SplittableRandom(20261201);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("record_type,record_id,event_time,customer_name,phone,product,serial,parts\n");
      for (int i = 0; i < records; i++) {
        long customer = random.nextInt(10) == 0 ? random.nextLong(Math.max(1, i)) : i;
        out.write("PURCHASE,P");
        out.write(Integer.toString(20_000_000 + i));
        out.write(',');
        out.write(TIME.format(now.minusMinutes(30 + random.nextLong(30 * 24 * 60))));
        out.write(',');
        out.write(SURNAMES[(int) (customer % 10)] + GIVEN[(int) (customer / 10 % 10)] + customer);
        out.write(',');
        out.write(Long.toString(13_000_000_000L + customer * 7919 % 9_999_999_999L % 999_999_999L));
        out.write(',');
        out.write(PRODUCTS[random.nextInt(PRODUCTS.length)]);
        out.write(",SN");
        out.write(Long.toString(random.nextLong(1_000_000_000L)));
        out.write(",\n");
      }
    }
    return file;
  }
}
