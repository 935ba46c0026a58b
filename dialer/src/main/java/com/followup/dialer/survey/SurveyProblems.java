package com.followup.dialer.survey;

import com.followup.campaign.dispatch.CallToPlace;

/**
 * Where a low survey answer ("not satisfied") becomes a PROBLEM ticket; the application assembles
 * it over the SLA tracker's ticket use case.
 */
public interface SurveyProblems {

  /** Opens a PROBLEM ticket for the call's customer with {@code summary}; returns its id. */
  long open(CallToPlace call, String summary);
}
