package com.followup.campaign.dispatch;

/** An outcome for a follow-up that is not being dialed (unknown, or its outcome already in). */
public class FollowUpNotDialing extends RuntimeException {
  public FollowUpNotDialing(long id, String status) {
    super("follow-up " + id + " is not being dialed (it is " + status + ")");
  }
}
