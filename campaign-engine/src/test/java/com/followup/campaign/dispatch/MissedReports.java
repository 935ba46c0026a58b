package com.followup.campaign.dispatch;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test listener: every missed follow-up the engine reports, as the SLA tracker would get it. */
@Singleton
class MissedReports {

  final List<MissedFollowUp> reported = new CopyOnWriteArrayList<>();

  @EventListener
  void on(FollowUpsMissed event) {
    reported.addAll(event.missed());
  }

  List<MissedFollowUp> forDealer(String dealer) {
    return reported.stream().filter(m -> m.dealerCode().equals(dealer)).toList();
  }
}
