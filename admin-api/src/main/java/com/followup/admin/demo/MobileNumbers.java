package com.followup.admin.demo;

import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Mainland mobile numbers (11 digits, national form as dealers write them). The mainland has no
 * range reserved for fiction, so these are plausible numbers of the big three carriers' blocks; the
 * demo only ever dials them through the telephony simulator.
 */
final class MobileNumbers {

  private static final List<String> BLOCKS =
      List.of(
          "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
          "155", "156", "157", "158", "159", "177", "180", "181", "182", "183", "185", "186", "187",
          "188", "189", "198", "199");

  private MobileNumbers() {}

  /** A number not in {@code taken}, which it joins. */
  static String next(RandomGenerator random, Set<String> taken) {
    while (true) {
      String number =
          BLOCKS.get(random.nextInt(BLOCKS.size()))
              + String.format("%08d", random.nextInt(100_000_000));
      if (taken.add(number)) {
        return number;
      }
    }
  }
}
