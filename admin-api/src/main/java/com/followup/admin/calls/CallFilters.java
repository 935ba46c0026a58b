package com.followup.admin.calls;

import com.followup.campaign.dispatch.CallOutcome;
import java.util.Arrays;
import java.util.Locale;

/** The call log's filters as requests give them, for the API and QA's pages alike. */
public final class CallFilters {

  private CallFilters() {}

  /** A call outcome's name in any case, or null for none; 400 naming the outcomes otherwise. */
  public static String outcome(String value) {
    String outcome = text(value);
    if (outcome == null) {
      return null;
    }
    String name = outcome.toUpperCase(Locale.ROOT);
    if (Arrays.stream(CallOutcome.values()).noneMatch(o -> o.name().equals(name))) {
      throw new IllegalArgumentException(
          "outcome must be one of " + Arrays.toString(CallOutcome.values()) + ": '" + value + "'");
    }
    return name;
  }

  /** A text filter trimmed, or null when blank. */
  public static String text(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
