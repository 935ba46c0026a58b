package com.followup.dialer.telephony;

import java.util.Optional;

/** Issues softphone credentials for agents, where the telephony has softphones. */
public interface AgentVoiceTokens {

  /** A credential for the agent {@code identity}; empty when this telephony needs none. */
  Optional<VoiceToken> issue(String identity);
}
