package com.followup.admin.web;

import com.followup.sla.breach.BreachNotFound;
import com.followup.sla.breach.BreachStepRefused;
import com.followup.sla.evaluation.EvaluationNotFound;
import com.followup.sla.evaluation.EvaluationRefused;
import com.followup.sla.ticket.TicketNotFound;
import com.followup.sla.ticket.TicketStateConflict;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * The SLA tracker's refusals: unknown tickets, breaches and evaluations 404, steps out of turn 409.
 */
final class SlaStatusHandlers {

  private SlaStatusHandlers() {}

  @Produces
  @Singleton
  static class UnknownTicket extends StatusMappingHandler<TicketNotFound> {
    UnknownTicket(ErrorResponseProcessor<?> errors) {
      super(errors, HttpStatus.NOT_FOUND);
    }
  }

  @Produces
  @Singleton
  static class UnknownBreach extends StatusMappingHandler<BreachNotFound> {
    UnknownBreach(ErrorResponseProcessor<?> errors) {
      super(errors, HttpStatus.NOT_FOUND);
    }
  }

  @Produces
  @Singleton
  static class TicketEventOutOfTurn extends StatusMappingHandler<TicketStateConflict> {
    TicketEventOutOfTurn(ErrorResponseProcessor<?> errors) {
      super(errors, HttpStatus.CONFLICT);
    }
  }

  @Produces
  @Singleton
  static class BreachStepOutOfTurn extends StatusMappingHandler<BreachStepRefused> {
    BreachStepOutOfTurn(ErrorResponseProcessor<?> errors) {
      super(errors, HttpStatus.CONFLICT);
    }
  }

  @Produces
  @Singleton
  static class UnknownEvaluation extends StatusMappingHandler<EvaluationNotFound> {
    UnknownEvaluation(ErrorResponseProcessor<?> errors) {
      super(errors, HttpStatus.NOT_FOUND);
    }
  }

  @Produces
  @Singleton
  static class EvaluationStepOutOfTurn extends StatusMappingHandler<EvaluationRefused> {
    EvaluationStepOutOfTurn(ErrorResponseProcessor<?> errors) {
      super(errors, HttpStatus.CONFLICT);
    }
  }
}
