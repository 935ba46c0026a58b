package com.followup.dialer.telephony.twilio;

import com.twilio.exception.ApiException;
import java.net.ConnectException;
import java.net.UnknownHostException;

/** What a failed Twilio request tells about whether it took effect. */
enum TwilioFailure {
  /** Certainly not done (429 Too Many Requests, connection refused): safe to send again. */
  NOT_DONE,
  /** Maybe done (5xx, timeout, connection lost mid-request): look before sending again. */
  AMBIGUOUS,
  /** Refused for good (any other 4xx): sending again would not help. */
  REFUSED;

  static TwilioFailure of(ApiException e) {
    Integer status = status(e);
    if (status == null) {
      return causedBy(e, ConnectException.class) || causedBy(e, UnknownHostException.class)
          ? NOT_DONE
          : AMBIGUOUS;
    }
    if (status == 429) {
      return NOT_DONE;
    }
    return status >= 500 ? AMBIGUOUS : REFUSED;
  }

  String describe(ApiException e) {
    Integer status = status(e);
    return (status == null ? "no response" : "HTTP " + status) + ": " + e.getMessage();
  }

  private static Integer status(ApiException e) {
    return e.getStatusCode() != null ? e.getStatusCode() : e.getHttpStatusCode();
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
