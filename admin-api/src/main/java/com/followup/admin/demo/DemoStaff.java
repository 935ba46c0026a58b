package com.followup.admin.demo;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/** One demo user per role (two agents), each dealer's user, and their generated passwords. */
final class DemoStaff {

  /** A demo user; {@code dealer} only for a DEALER user. */
  record Member(String username, String role, String dealer, String label) {}

  // no 0/O, 1/l/I: passwords are read off a console and typed
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final int LENGTH = 14;
  private static final SecureRandom RANDOM = new SecureRandom();

  private DemoStaff() {}

  static List<Member> all() {
    List<Member> staff = new ArrayList<>();
    staff.add(new Member("manager1", "MANAGER", null, "campaigns, calling rules, KPIs"));
    staff.add(new Member("qa1", "QA", null, "SLA breaches, reviews"));
    staff.add(new Member("agent1", "AGENT", null, "works the auto-dialed list"));
    staff.add(new Member("agent2", "AGENT", null, "works the auto-dialed list"));
    for (DemoDealer dealer : DemoDealer.ALL) {
      staff.add(
          new Member(dealer.user(), "DEALER", dealer.code(), dealer.code() + " " + dealer.name()));
    }
    return staff;
  }

  static String newPassword() {
    StringBuilder password = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
