package com.followup.campaign.timeline;

/** Two changes to one campaign were stored at the same moment; the later must be sent again. */
public final class TimelineConflict extends RuntimeException {

  public TimelineConflict(String code) {
    super("campaign '" + code + "' was changed by someone else at the same moment; send it again");
  }
}
