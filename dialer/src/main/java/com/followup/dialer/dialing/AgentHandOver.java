package com.followup.dialer.dialing;

import com.followup.dialer.telephony.AttemptId;
import jakarta.inject.Singleton;

/**
 * Puts the customer of an automated call through to an agent, by the predictive dialer's rules: a
 * ready agent of the campaign within the connect limit (2 s) is bridged; with none, the campaign's
 * abandon message plays and the call counts as abandoned.
 */
@Singleton
public class AgentHandOver {

  private final CallConnector connector;

  AgentHandOver(CallConnector connector) {
    this.connector = connector;
  }

  /** The customer of {@code attempt} asked for an agent. */
  public void requestAgent(AttemptId attempt) {
    connector.connectFromSurvey(attempt);
  }
}
