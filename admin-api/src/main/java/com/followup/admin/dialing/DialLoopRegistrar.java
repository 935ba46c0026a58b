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
import java.util.Set;

/**
 * Gives every campaign known at start-up (and the SLA {@code callback} campaign) its own pacing
 * loop, before the scheduler registers the due-work loops. A campaign created later gets its loop
 * at the next start of any instance.
 */
@Context
class DialLoopRegistrar {

  DialLoopRegistrar(
      BeanContext beans,
      CampaignTimelines timelines,
      PacingLoops loops,
      DialerSettings settings,
      Clock clock) {
    Set<String> campaigns = new LinkedHashSet<>();
    timelines.current().stream().map(CampaignTimeline::code).forEach(campaigns::add);
    campaigns.add(DefaultCampaigns.CALLBACK);
    for (String campaign : campaigns) {
      beans.registerSingleton(
          DueWork.class,
          new CampaignDialWork(campaign, loops, settings.tick(), clock),
          Qualifiers.byName("dial-" + campaign));
    }
  }
}
