package com.followup.admin.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** What a demo dealer sells and repairs: products with their serials, and repair parts. */
interface ProductLine {

  /** One product sold or serviced around {@code day}, with its serial number or VIN. */
  Item item(RandomGenerator random, LocalDate day);

  /** The parts a repair of the item used, {@code ;}-separated as the upload expects. */
  String repairParts(RandomGenerator random, Item item);

  /** A product and its serial number. */
  record Item(String product, String serial) {}

  /** One to {@code most} distinct parts from {@code catalog}. */
  static String someOf(RandomGenerator random, List<String> catalog, int most) {
    List<String> left = new ArrayList<>(catalog);
    List<String> chosen = new ArrayList<>();
    int count = 1 + random.nextInt(most);
    for (int i = 0; i < count && !left.isEmpty(); i++) {
      chosen.add(left.remove(random.nextInt(left.size())));
    }
    return String.join(";", chosen);
  }
}
