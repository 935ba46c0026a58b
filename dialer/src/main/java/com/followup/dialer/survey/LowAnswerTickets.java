package com.followup.dialer.survey;

import com.followup.campaign.dispatch.CallToPlace;
import com.followup.campaign.timeline.Survey;
import com.followup.campaign.timeline.SurveyKey;
import com.followup.campaign.timeline.SurveyQuestion;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the PROBLEM ticket of a low survey answer, the answer named in the problem's text. */
@Singleton
class LowAnswerTickets {

  private static final Logger LOG = LoggerFactory.getLogger(LowAnswerTickets.class);

  private final BeanProvider<SurveyProblems> problems;
  private final SurveyAnswers answers;

  LowAnswerTickets(BeanProvider<SurveyProblems> problems, SurveyAnswers answers) {
    this.problems = problems;
    this.answers = answers;
  }

  void open(CallToPlace call, SurveyQuestion question, SurveyKey key, SurveyAnswer answer) {
    if (!problems.isPresent()) {
      LOG.warn(
          "low survey answer on follow-up {}: no ticket desk to open a ticket", call.followUpId());
      return;
    }
    String summary =
        "Survey call: to \""
            + Survey.in(question.prompt(), "en")
            + "\" ("
            + question.code()
            + ") the customer answered "
            + key.label()
            + " ("
            + key.answer()
            + (answer.digits() != null ? ", key " + answer.digits() : "")
            + (answer.speech() != null ? ", said \"" + answer.speech() + "\"" : "")
            + ")";
    try {
      long ticket = problems.get().open(call, summary);
      answers.ticketOpened(answer.attemptId(), answer.question(), ticket);
    } catch (RuntimeException e) {
      LOG.warn("follow-up {}: the low answer's ticket was not opened", call.followUpId(), e);
    }
  }
}
