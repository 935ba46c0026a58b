package com.followup.admin;

/** The line an operator sees when the app cannot start, for tests outside this package. */
public final class StartupFailureProbe {

  private StartupFailureProbe() {}

  public static String explain(Throwable failure) {
    return StartupFailure.explain(failure, null);
  }
}
