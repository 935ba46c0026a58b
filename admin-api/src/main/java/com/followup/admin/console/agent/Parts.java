package com.followup.admin.console.agent;

import java.util.Set;

/** The parts of the agent's desk that are rendered and sent on their own. */
final class Parts {

  static final Set<String> ALL = Set.of("state", "status", "call", "today");

  private Parts() {}

  static String named(String part) {
    if (!ALL.contains(part)) {
      throw new IllegalArgumentException("no such part of the desk: " + part);
    }
    return part;
  }
}
