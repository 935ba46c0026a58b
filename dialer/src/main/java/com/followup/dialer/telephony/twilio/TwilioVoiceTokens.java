package com.followup.dialer.telephony.twilio;

import com.followup.dialer.telephony.AgentVoiceTokens;
import com.followup.dialer.telephony.VoiceToken;
import com.twilio.jwt.accesstoken.AccessToken;
import com.twilio.jwt.accesstoken.VoiceGrant;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Twilio Voice SDK access tokens: the agent's browser registers as a Twilio Client under the
 * agent's user name, which is where {@code <Dial><Client>} bridges the customer.
 */
@Singleton
@Requires(property = "followup.telephony.mode", value = "twilio")
class TwilioVoiceTokens implements AgentVoiceTokens {

  private final TwilioSettings account;
  private final VoiceTokenSettings settings;
  private final Clock clock;

  TwilioVoiceTokens(TwilioSettings account, VoiceTokenSettings settings, Clock clock) {
    this.account = account;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public boolean available() {
    return settings.complete();
  }

  @Override
  public Optional<VoiceToken> issue(String identity) {
    if (!settings.complete()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    AccessToken token =
        new AccessToken.Builder(
                account.accountSid(),
                settings.apiKeySid(),
                settings.apiKeySecret().getBytes(StandardCharsets.UTF_8))
            .identity(identity)
            .nbf(Date.from(now))
            .ttl((int) settings.ttl().toSeconds())
            .grant(new VoiceGrant().setIncomingAllow(true))
            .build();
    return Optional.of(new VoiceToken(token.toJwt(), identity, now.plus(settings.ttl())));
  }
}
