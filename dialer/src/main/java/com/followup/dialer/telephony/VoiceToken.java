package com.followup.dialer.telephony;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A short-lived credential with which an agent's softphone registers under {@code identity}, so
 * that the calls bridged to that agent ring in the browser.
 */
@Serdeable
public record VoiceToken(String token, String identity, Instant expiresAt) {}
