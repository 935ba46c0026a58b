package com.followup.dialer.telephony;

import java.util.regex.Pattern;

/**
 * Where an answered call is bridged to: an agent's softphone identity (a Twilio Client identity) or
 * the agent's phone number in E.164.
 */
public record AgentEndpoint(String address) {

  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
  private static final Pattern IDENTITY = Pattern.compile("[A-Za-z0-9_.@-]{1,120}");

  public AgentEndpoint {
    if (address == null
        || !(E164.matcher(address).matches() || IDENTITY.matcher(address).matches())) {
      throw new IllegalArgumentException("not an agent identity or E.164 number: " + address);
    }
  }

  /** True for a phone number, false for a softphone identity. */
  public boolean isPhoneNumber() {
    return address.startsWith("+");
  }
}
