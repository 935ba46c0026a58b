package com.followup.admin.web;

import com.followup.admin.user.UsernameTaken;
import com.followup.campaign.dealer.DealerAlreadyExists;
import com.followup.campaign.dispatch.FollowUpNotDialing;
import com.followup.campaign.timeline.TimelineConflict;
import com.followup.dialer.agent.NoCallForAgent;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** Creating something whose key is taken: 409. */
final class ConflictHandlers {

  private ConflictHandlers() {}

  @Produces
  @Singleton
  static class DealerTaken extends StatusMappingHandler<DealerAlreadyExists> {
    DealerTaken(ErrorResponseProcessor<?> errors) {
      super(errors, HttpStatus.CONFLICT);
    }
  }

  @Produces
  @Singleton
  static class UserTaken extends StatusMappingHandler<UsernameTaken> {
    UserTaken(ErrorResponseProcessor<?> errors) {
      super(errors, HttpStatus.CONFLICT);
    }
  }

  @Produces
  @Singleton
  static class TimelineChanged extends StatusMappingHandler<TimelineConflict> {
    TimelineChanged(ErrorResponseProcessor<?> errors) {
      super(errors, HttpStatus.CONFLICT);
    }
  }

  @Produces
  @Singleton
  static class OutcomeOutOfTurn extends StatusMappingHandler<FollowUpNotDialing> {
    OutcomeOutOfTurn(ErrorResponseProcessor<?> errors) {
      super(errors, HttpStatus.CONFLICT);
    }
  }

  @Produces
  @Singleton
  static class NoAgentCall extends StatusMappingHandler<NoCallForAgent> {
    NoAgentCall(ErrorResponseProcessor<?> errors) {
      super(errors, HttpStatus.CONFLICT);
    }
  }
}
