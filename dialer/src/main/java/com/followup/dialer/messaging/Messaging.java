package com.followup.dialer.messaging;

import io.micronaut.core.annotation.Nullable;

/**
 * The dialer's port for texts: the simulator by default, Twilio's Messages API in {@code twilio}
 * mode ({@code followup.telephony.mode}). Delivery comes back through {@link TextStatuses}.
 */
public interface Messaging {

  /** The provider's id of a sent text, or why it was not sent. */
  record Sent(@Nullable String providerSid, @Nullable String failure) {}

  /**
   * Sends the (already recorded) text; blocks until the provider has accepted or refused it. Never
   * sends one row twice: a request whose answer was lost is looked up before it is tried again, and
   * {@code resumed} (the row was written by an earlier run that may have sent it) looks first.
   */
  Sent send(TextMessage text, boolean resumed);
}
