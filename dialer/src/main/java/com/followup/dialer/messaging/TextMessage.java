package com.followup.dialer.messaging;

import com.followup.dialer.telephony.TelephonyMode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One text sent (or being sent) for an SMS step: a {@code text_message} row.
 *
 * @param id our id, written before the provider is asked: the send's idempotency key
 * @param attempt the step's attempt this text is
 * @param providerSid the provider's message id (SM…), once known
 * @param errorCode the provider's error code for an undelivered or failed text
 */
@Serdeable
public record TextMessage(
    long id,
    long followUpId,
    int attempt,
    String campaign,
    String phone,
    String body,
    String language,
    String encoding,
    int segments,
    TelephonyMode mode,
    @Nullable String providerSid,
    TextStatus status,
    @Nullable String errorCode,
    Instant createdAt,
    @Nullable Instant sentAt,
    @Nullable Instant deliveredAt,
    @Nullable Instant endedAt,
    @Nullable String failureReason) {

  TextMessage withSid(String sid) {
    return new TextMessage(
        id,
        followUpId,
        attempt,
        campaign,
        phone,
        body,
        language,
        encoding,
        segments,
        mode,
        sid,
        status,
        errorCode,
        createdAt,
        sentAt,
        deliveredAt,
        endedAt,
        failureReason);
  }

  TextMessage moved(TextStatus next, @Nullable String error, Instant at, @Nullable String reason) {
    Instant sent = sentAt == null && next != TextStatus.FAILED ? at : sentAt;
    return new TextMessage(
        id,
        followUpId,
        attempt,
        campaign,
        phone,
        body,
        language,
        encoding,
        segments,
        mode,
        providerSid,
        next,
        error == null ? errorCode : error,
        createdAt,
        sent,
        next == TextStatus.DELIVERED ? at : deliveredAt,
        next.isFinal() ? at : endedAt,
        reason == null ? failureReason : reason);
  }
}
