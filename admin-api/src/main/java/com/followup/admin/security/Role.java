package com.followup.admin.security;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a user may do. A DEALER user belongs to exactly one dealer, a DEPARTMENT user to one
 * department; neither holds another role.
 */
public enum Role {
  ADMIN,
  MANAGER,
  QA,
  AGENT,
  DEALER,
  /** A responsible department's staff or system: sees and answers only its tickets. */
  DEPARTMENT;

  /** Parses a role name, case-insensitively, with a message that lists the valid names. */
  public static Role parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "unknown role '"
              + name
              + "'; one of "
              + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
  }
}
