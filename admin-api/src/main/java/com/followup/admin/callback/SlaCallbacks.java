package com.followup.admin.callback;

import com.followup.campaign.dispatch.CallbackCompleted;
import com.followup.campaign.dispatch.CallbackFollowUps;
import com.followup.campaign.dispatch.CallbackRequest;
import com.followup.sla.callback.CallbackDue;
import com.followup.sla.callback.CallbackSettled;
import com.followup.sla.ticket.CompleteCallback;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/**
 * The loop between the SLA tracker and the campaign engine, each step in the transaction that
 * caused it: a callback target that starts books a follow-up in the callback campaign (dialed
 * through the same compliance gate); a callback call that reaches the customer meets the target; a
 * target met by hand cancels the call not yet made.
 */
@Singleton
class SlaCallbacks {

  private final CallbackFollowUps followUps;
  private final CompleteCallback completeCallback;

  SlaCallbacks(CallbackFollowUps followUps, CompleteCallback completeCallback) {
    this.followUps = followUps;
    this.completeCallback = completeCallback;
  }

  @EventListener
  void onCallbackDue(CallbackDue due) {
    followUps.book(
        new CallbackRequest(
            due.ticketId(), due.target(), due.customerPhone(), due.dealerCode(), due.dueAt()));
  }

  @EventListener
  void onCallbackCompleted(CallbackCompleted completed) {
    completeCallback.complete(
        completed.ticketId(), completed.target(), completed.at(), "callback-campaign");
  }

  @EventListener
  void onCallbackSettled(CallbackSettled settled) {
    followUps.settle(settled.ticketId(), settled.target());
  }
}
