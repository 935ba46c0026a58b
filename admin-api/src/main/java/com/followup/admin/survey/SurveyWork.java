package com.followup.admin.survey;

import com.followup.admin.scheduling.DueWork;
import com.followup.dialer.survey.SurveyLoops;
import com.followup.dialer.survey.SurveySettings;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The survey calls' loop, leased to one instance of the cluster at a time like the pacing loop:
 * each tick (1 s by default) it places the queued survey calls of every campaign, at the account's
 * calls-per-second. No agent needs to be on duty.
 */
@Singleton
class SurveyWork implements DueWork {

  private final SurveyLoops loops;
  private final SurveySettings settings;
  private final Clock clock;
  private volatile Instant lastTick;

  SurveyWork(SurveyLoops loops, SurveySettings settings, Clock clock) {
    this.loops = loops;
    this.settings = settings;
    this.clock = clock;
    this.lastTick = clock.instant().minus(settings.tick());
  }

  @Override
  public String name() {
    return "survey-dialer";
  }

  @Override
  public int processDue(Instant now) {
    lastTick = clock.instant();
    return loops.tick();
  }

  @Override
  public Optional<Instant> nextDue() {
    return Optional.of(lastTick.plus(settings.tick()));
  }
}
