package com.followup.admin;

import io.micronaut.core.value.PropertyResolver;
import java.sql.SQLException;
import java.util.regex.Pattern;

/** Turns a start-up failure into one line an operator can act on, without leaking secrets. */
final class StartupFailure {

  private static final Pattern PASSWORD_PARAMETER =
      Pattern.compile("(?i)((?:password|pwd)=)[^&;]*");
  private static final Pattern USER_INFO = Pattern.compile("(//[^/:@]+:)[^@/]*@");

  private StartupFailure() {}

  static String explain(Throwable failure, PropertyResolver config) {
    String url =
        config == null
            ? null
            : config
                .get("datasources.default.url", String.class)
                .map(StartupFailure::redact)
                .orElse(null);
    Throwable root = rootCause(failure);
    if (root instanceof StartupRefused refused) {
      return "Cannot start: " + redact(refused.getMessage());
    }
    if (url != null && (hasCause(failure, SQLException.class) || mentionsConnection(root))) {
      return "Cannot start: the database at "
          + url
          + " is not reachable or refused the connection ("
          + redact(String.valueOf(root.getMessage()))
          + "). Check DATASOURCES_DEFAULT_URL, DATASOURCES_DEFAULT_USERNAME and"
          + " DATASOURCES_DEFAULT_PASSWORD.";
    }
    return "Cannot start: "
        + root.getClass().getSimpleName()
        + ": "
        + redact(String.valueOf(root.getMessage()));
  }

  static String redact(String text) {
    String out = PASSWORD_PARAMETER.matcher(text).replaceAll("$1****");
    return USER_INFO.matcher(out).replaceAll("$1****@");
  }

  private static boolean mentionsConnection(Throwable root) {
    String name = root.getClass().getName();
    return name.contains("Connect") || name.contains("CommunicationsException");
  }

  private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }
}
