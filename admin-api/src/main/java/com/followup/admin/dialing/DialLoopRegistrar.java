package com.followup.admin.dialing;

import com.followup.admin.scheduling.DueWork;
import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.CampaignTimelines;
import com.followup.campaign.timeline.DefaultCampaigns;
import com.followup.dialer.dialing.DialerSettings;
import com.followup.dialer.dialing.PacingLoops;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Context;
import io.micronaut.inject.qualifiers.Qualifiers;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives every campaign known at start-up (and the built-in ones) its own pacing loop, before the
 * scheduler registers the due-work loops. A campaign created later gets its loop at the next start
 * of any instance.
 */
@Context
class DialLoopRegistrar {

  private static final List<String> BUILT_IN =
      List.of("purchase", "repair", DefaultCampaigns.CALLBACK);

  DialLoopRegistrar(
      BeanContext beans,
      CampaignTimelines timelines,
      PacingLoops loops,
      DialerSettings settings,
      Clock clock) {
    // the built-in campaigns even on a fresh database, whose timelines are seeded later
    Set<String> campaigns = new LinkedHashSet<>(BUILT_IN);
    timelines.current().stream().map(CampaignTimeline::code).forEach(campaigns::add);
    for (String campaign : campaigns) {
      beans.registerSingleton(
          DueWork.class,
          new CampaignDialWork(campaign, loops, settings.tick(), clock),
          Qualifiers.byName("dial-" + campaign));
    }
  }
}
