package com.followup.admin;

/**
 * A start-up check that refused to go on; its message is the one line the operator is shown, as
 * written (it names what to do, never a secret).
 */
public class StartupRefused extends RuntimeException {

  public StartupRefused(String message) {
    super(message);
  }
}
