package com.followup.admin.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A dealer's purchase and repair records of the last 30 days, as the CSV a dealer uploads: the same
 * seed always gives the same customers, products and times (relative to {@code now}).
 */
final class DemoRecords {

  static final String HEADER =
      "record_type,record_id,event_time,customer_name,phone,product,serial,parts,timezone\n";

  /** Days back the records reach. */
  static final int DAYS = 30;

  private static final long SEED = 20_261_119L;
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private record Customer(String name, String phone, String zone, ProductLine.Item item) {}

  private DemoRecords() {}

  /** The dealer's records as CSV, oldest first, none later than five minutes before {@code now}. */
  static String csv(DemoDealer dealer, Instant now) {
    Random random = new Random(SEED ^ dealer.code().hashCode());
    ProductLine line = dealer.line().get();
    ZoneId zone = ZoneId.of(dealer.timezone());
    Instant latest = now.minus(Duration.ofMinutes(5));
    List<LocalDateTime> times = eventTimes(random, zone, latest, dealer.records());
    Set<String> phones = new HashSet<>();
    List<Customer> buyers = new ArrayList<>();
    StringBuilder csv = new StringBuilder(HEADER);
    int purchases = 0;
    int repairs = 0;
    for (LocalDateTime time : times) {
      boolean purchase = random.nextDouble() < dealer.purchaseShare();
      Customer customer =
          !purchase && !buyers.isEmpty() && random.nextDouble() < 0.15
              // a buyer of the last weeks is back in the workshop
              ? buyers.get(random.nextInt(buyers.size()))
              : new Customer(
                  ChineseNames.next(random),
                  MobileNumbers.next(random, phones),
                  zoneOf(random),
                  line.item(random, time.toLocalDate()));
      if (purchase) {
        buyers.add(customer);
      }
      String id = purchase ? "P%06d".formatted(++purchases) : "R%06d".formatted(++repairs);
      String parts = purchase ? "" : line.repairParts(random, customer.item());
      csv.append(purchase ? "PURCHASE" : "REPAIR")
          .append(',')
          .append(id)
          .append(',')
          .append(time.format(LOCAL))
          .append(',')
          .append(customer.name())
          .append(',')
          .append(customer.phone())
          .append(',')
          .append(customer.item().product())
          .append(',')
          .append(customer.item().serial())
          .append(',')
          .append(parts)
          .append(',')
          .append(customer.zone())
          .append('\n');
    }
    return csv.toString();
  }

  /** Times in opening hours (09:00–20:59 local) spread over the last 30 days, oldest first. */
  private static List<LocalDateTime> eventTimes(
      Random random, ZoneId zone, Instant latest, int count) {
    LocalDateTime newest = LocalDateTime.ofInstant(latest, zone);
    LocalDate today = newest.toLocalDate();
    List<LocalDateTime> times = new ArrayList<>();
    while (times.size() < count) {
      LocalDate day = today.minusDays(random.nextInt(DAYS));
      LocalDateTime time = day.atTime(9 + random.nextInt(12), random.nextInt(60));
      if (!time.isAfter(newest) && time.isAfter(newest.minusDays(DAYS))) {
        times.add(time);
      }
    }
    times.sort(null);
    return times;
  }

  /**
   * Mostly empty: the zone then comes from the mainland number (Asia/Shanghai); a few customers
   * live elsewhere and the dealer wrote their zone down.
   */
  private static String zoneOf(Random random) {
    double draw = random.nextDouble();
    if (draw < 0.04) {
      return "Asia/Urumqi";
    }
    if (draw < 0.06) {
      return "America/New_York";
    }
    if (draw < 0.07) {
      return "Europe/London";
    }
    return "";
  }
}
