package com.followup.sla.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of ticket the centre keeps, each with its own SLA policy. */
public enum TicketType {
  COMPLAINT,
  INQUIRY,
  PROBLEM;

  /** Parses a type name, case-insensitively, with a message that lists the valid names. */
  public static TicketType parse(String name) {
    return Names.parse(TicketType.class, name, "ticket type");
  }

  static final class Names {
    private Names() {}

    static <E extends Enum<E>> E parse(Class<E> type, String name, String what) {
      try {
        return Enum.valueOf(type, name.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IllegalArgumentException(
            "unknown "
                + what
                + " '"
                + name
                + "'; one of "
                + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name)
                    .collect(Collectors.joining(", ")));
      }
    }
  }
}
