package com.followup.dialer.telephony.twilio;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

/**
 * twilio-java's HTTP client with its own retries taken out: the SDK re-sends any request that got a
 * 5xx, which for a call creation can dial the customer twice. {@link CallCreation} retries instead,
 * and looks the call up before it does.
 */
final class SingleTryHttpClient extends NetworkHttpClient {

  SingleTryHttpClient(HttpClientBuilder builder) {
    super(builder.disableAutomaticRetries());
  }

  @Override
  public Response reliableRequest(Request request) {
    return makeRequest(request);
  }

  @Override
  public Response reliableRequest(
      Request request, int[] retryCodes, int retries, long delayMillis) {
    return makeRequest(request);
  }
}
