package com.followup.dialer.telephony.simulator;

import com.followup.dialer.telephony.AgentVoiceTokens;
import com.followup.dialer.telephony.VoiceToken;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The simulator bridges calls to agents without a softphone: there is nothing to issue. */
@Singleton
@Requires(property = "followup.telephony.mode", value = "simulator", defaultValue = "simulator")
class SimulatedVoiceTokens implements AgentVoiceTokens {

  @Override
  public Optional<VoiceToken> issue(String identity) {
    return Optional.empty();
  }

  @Override
  public boolean available() {
    return false;
  }
}
