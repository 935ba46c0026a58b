package com.followup.admin.followup;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.followup.campaign.followup.FollowUpView;
import com.followup.dialer.messaging.TextMessage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * An item of {@code GET /api/followups}: the step as {@link FollowUpView} has it; for a survey step
 * the answers its calls were given ({@code answers: [{"question", "answer"}]}); for an SMS step
 * that sent a text, its latest text's delivery ({@code message}).
 */
@Serdeable
record FollowUpItem(
    @JsonUnwrapped FollowUpView followUp,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<Answer> answers,
    @Nullable TextDelivery message) {

  /** One answer: the question's code and the answer's code. */
  @Serdeable
  record Answer(String question, String answer) {}

  /** The delivery of an SMS step's latest text. */
  @Serdeable
  record TextDelivery(
      String status,
      int segments,
      @Nullable Instant sentAt,
      @Nullable Instant deliveredAt,
      @Nullable String errorCode) {

    static TextDelivery of(TextMessage t) {
      return new TextDelivery(
          t.status().name(), t.segments(), t.sentAt(), t.deliveredAt(), t.errorCode());
    }
  }
}
