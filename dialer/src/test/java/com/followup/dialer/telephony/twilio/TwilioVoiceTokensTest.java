package com.followup.dialer.telephony.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.followup.dialer.telephony.VoiceToken;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Softphone tokens as Twilio's Voice SDK expects them, signed with the account's API key. */
class TwilioVoiceTokensTest {

  static final String KEY = "SK0123456789abcdef0123456789abcdef";
  static final String SECRET = "0123456789abcdef0123456789abcdef";
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T01:00:00Z"), ZoneOffset.UTC);

  private static TwilioSettings account() {
    return new TwilioSettings(
        TwilioStandIn.ACCOUNT,
        TwilioStandIn.AUTH_TOKEN,
        TwilioStandIn.FROM,
        TwilioStandIn.PUBLIC_BASE_URL,
        "https://api.twilio.com",
        1,
        5,
        Duration.ofSeconds(1),
        Duration.ofSeconds(30),
        Duration.ofSeconds(15),
        60);
  }

  @Test
  void an_agent_gets_a_signed_token_that_lets_its_softphone_receive_bridged_calls()
      throws Exception {
    VoiceToken token =
        new TwilioVoiceTokens(
                account(), new VoiceTokenSettings(KEY, SECRET, Duration.ofHours(1)), CLOCK)
            .issue("agent-7")
            .orElseThrow();

    String[] parts = token.token().split("\\.");
    JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
    Mac hmac = Mac.getInstance("HmacSHA256");
    hmac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] signature =
        hmac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));

    assertThat(Base64.getUrlDecoder().decode(parts[2])).isEqualTo(signature);
    assertThat(claims.get("iss").asText()).isEqualTo(KEY);
    assertThat(claims.get("sub").asText()).isEqualTo(TwilioStandIn.ACCOUNT);
    assertThat(claims.at("/grants/identity").asText()).isEqualTo("agent-7");
    assertThat(claims.at("/grants/voice/incoming/allow").asBoolean()).isTrue();
    assertThat(token.expiresAt()).isEqualTo(Instant.parse("2026-11-24T02:00:00Z"));
  }

  @Test
  void without_an_api_key_no_token_is_issued() {
    TwilioVoiceTokens tokens =
        new TwilioVoiceTokens(
            account(), new VoiceTokenSettings(null, null, Duration.ofHours(1)), CLOCK);

    assertThat(tokens.issue("agent-7")).isEmpty();
    assertThat(tokens.available()).isFalse();
  }

  @Test
  void with_an_api_key_softphones_are_available() {
    assertThat(
            new TwilioVoiceTokens(
                    account(), new VoiceTokenSettings(KEY, SECRET, Duration.ofHours(1)), CLOCK)
                .available())
        .isTrue();
  }
}
