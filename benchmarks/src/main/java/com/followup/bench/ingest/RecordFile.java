package com.followup.bench.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * A seeded dealer file: purchases (and, as the mix says, repairs) spread over recent days, Chinese
 * and Latin names, CN mobile numbers (about one in ten customers buys twice), products, serials and
 * parts.
 */
public final class RecordFile {

  /**
   * What a benchmark's file holds.
   *
   * @param repairOneIn one record in this many is a repair (0: purchases only)
   * @param idPrefix and {@code firstId}: record ids are the prefix and consecutive numbers
   * @param minAgeMinutes the youngest record's age; ages spread up to {@code spreadMinutes} more
   */
  public record Mix(
      String name,
      long seed,
      int repairOneIn,
      String idPrefix,
      int firstId,
      long minAgeMinutes,
      long spreadMinutes) {}

  /** The ingest benchmark's file: a fifth repairs, over the last 25 days. */
  static final Mix INGEST = new Mix("ingest", 20261123, 5, "R", 10_000_000, 60, 25 * 24 * 60);

  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "Smith", "Garcia"
  };
  private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "Ann", "Bo"};
  private static final String[] PRODUCTS = {
    "Model S", "Model Y", "Washer W7", "Fridge F2", "Dryer D1"
  };
  private static final String[] PARTS = {"pump", "belt", "filter", "door seal", "control board"};
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private RecordFile() {}

  /** Writes the file under benchmarks/work; {@code now} is the dealer's local time. */
  public static Path generate(Mix mix, int records, LocalDateTime now) throws IOException {
    Path dir = Files.createDirectories(Path.of("benchmarks", "work"));
    Path file = dir.resolve(mix.name() + "-" + records + ".csv");
    SplittableRandom random = new SplittableRandom(mix.seed());
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("record_type,record_id,event_time,customer_name,phone,product,serial,parts\n");
      for (int i = 0; i < records; i++) {
        boolean repair = mix.repairOneIn() > 0 && random.nextInt(mix.repairOneIn()) == 0;
        long customer = random.nextInt(10) == 0 ? random.nextLong(Math.max(1, i)) : i;
        out.write(repair ? "REPAIR" : "PURCHASE");
        out.write(',');
        out.write(mix.idPrefix());
        out.write(Integer.toString(mix.firstId() + i));
        out.write(',');
        out.write(
            TIME.format(
                now.minusMinutes(mix.minAgeMinutes() + random.nextLong(mix.spreadMinutes()))));
        out.write(',');
        out.write(SURNAMES[(int) (customer % 10)] + GIVEN[(int) (customer / 10 % 10)] + customer);
        out.write(',');
        out.write(Long.toString(13_000_000_000L + customer * 7919 % 9_999_999_999L % 999_999_999L));
        out.write(',');
        out.write(PRODUCTS[random.nextInt(PRODUCTS.length)]);
        out.write(",SN");
        out.write(Long.toString(random.nextLong(1_000_000_000L)));
        out.write(',');
        if (repair) {
          out.write(
              "\""
                  + PARTS[random.nextInt(PARTS.length)]
                  + ";"
                  + PARTS[random.nextInt(PARTS.length)]
                  + "\"");
        }
        out.write('\n');
      }
    }
    return file;
  }
}
