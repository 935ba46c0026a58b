package com.followup.dialer.telephony;

import java.util.Optional;

/** Issues softphone credentials for agents, where the telephony has softphones. */
public interface AgentVoiceTokens {

  /** A credential for the agent {@code identity}; empty when this telephony needs none. */
  Optional<VoiceToken> issue(String identity);

  /**
   * True when {@link #issue} gives agents tokens: the telephony has softphones and is configured to
   * sign their credentials (in twilio mode, an API key is set). Pages offer a softphone only then.
   */
  boolean available();
}
