package com.followup.admin.followup;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.followup.campaign.followup.FollowUpView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An item of {@code GET /api/followups}: the follow-up, and for a survey step the answers its calls
 * were given ({@code answers: [{"question", "answer"}]}).
 */
@Serdeable
record FollowUpItem(
    @JsonUnwrapped FollowUpView followUp,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<Answer> answers) {

  /** One answer: the question's code and the answer's code. */
  @Serdeable
  record Answer(String question, String answer) {}
}
