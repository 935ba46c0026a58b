package com.followup.dialer.agent;

/** The agent holds no call this request could apply to (the caller's 409). */
public class NoCallForAgent extends RuntimeException {
  public NoCallForAgent(String message) {
    super(message);
  }
}
