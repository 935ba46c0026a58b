package com.followup.admin.agent;

import com.followup.dialer.telephony.AgentVoiceTokens;
import jakarta.inject.Singleton;

/**
 * Whether the agent desk offers the in-page softphone: in twilio mode with a Voice API key
 * configured ({@code followup.twilio.voice.api-key-sid}/{@code api-key-secret}), the browser
 * registers as the Twilio Client the dialer bridges answered customers to. Put {@link #available()}
 * into the desk's model as {@code softphone} and include the fragment {@code agent/softphone ::
 * softphone}.
 */
@Singleton
public class Softphone {

  /** Twilio's Voice JavaScript SDK, unpacked from its npm package into the jar at build time. */
  public static final String SDK = "/assets/vendor/twilio.min.js";

  /** The page's softphone script. */
  public static final String SCRIPT = "/assets/softphone.js";

  /** Where the page fetches (and renews) the agent's token. */
  public static final String TOKEN = "/api/agent/voice-token";

  private final AgentVoiceTokens tokens;

  Softphone(AgentVoiceTokens tokens) {
    this.tokens = tokens;
  }

  /** True in twilio mode with a Voice API key: agents take calls in the page. */
  public boolean available() {
    return tokens.available();
  }
}
