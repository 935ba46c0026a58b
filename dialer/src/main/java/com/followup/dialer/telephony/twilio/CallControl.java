package com.followup.dialer.telephony.twilio;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changes a live call on Twilio. A failed change is logged, not retried: the call may have ended
 * meanwhile, and its status callback then says how.
 */
@Singleton
@Requires(property = "followup.telephony.mode", value = "twilio")
final class CallControl {

  private static final Logger LOG = LoggerFactory.getLogger(CallControl.class);

  private final TwilioRestClient client;

  CallControl(TwilioRestClient client) {
    this.client = client;
  }

  /** Replaces what the call does now with {@code twiml}. */
  boolean play(String callSid, String twiml) {
    try {
      Call.updater(callSid).setTwiml(twiml).update(client);
      return true;
    } catch (ApiException e) {
      LOG.warn("could not update call {}: {}", callSid, TwilioFailure.of(e).describe(e));
      return false;
    }
  }

  /**
   * Hangs up a connected call, or cancels one that is still queued or ringing; if the call moved on
   * meanwhile (answered while we cancelled), the other one is tried.
   */
  boolean end(String callSid, boolean connected) {
    Call.UpdateStatus first = connected ? Call.UpdateStatus.COMPLETED : Call.UpdateStatus.CANCELED;
    Call.UpdateStatus second = connected ? Call.UpdateStatus.CANCELED : Call.UpdateStatus.COMPLETED;
    try {
      Call.updater(callSid).setStatus(first).update(client);
      return true;
    } catch (ApiException e) {
      try {
        Call.updater(callSid).setStatus(second).update(client);
        return true;
      } catch (ApiException again) {
        LOG.warn("could not end call {}: {}", callSid, TwilioFailure.of(again).describe(again));
        return false;
      }
    }
  }
}
