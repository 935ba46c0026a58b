package com.followup.dialer.telephony.twilio;

import com.twilio.http.TwilioRestClient;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;

/** The real twilio-java client, on {@code api-base-url}, with no retries of its own. */
@Factory
@Requires(property = "followup.telephony.mode", value = "twilio")
class TwilioClientFactory {

  @Singleton
  TwilioRestClient twilioRestClient(TwilioSettings settings) {
    settings.requireComplete();
    long timeout = settings.requestTimeout().toMillis();
    ConnectionConfig connections =
        ConnectionConfig.custom()
            .setConnectTimeout(timeout, TimeUnit.MILLISECONDS)
            .setSocketTimeout((int) timeout, TimeUnit.MILLISECONDS)
            .build();
    HttpClientBuilder http =
        HttpClientBuilder.create()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setDefaultConnectionConfig(connections)
                    .setMaxConnPerRoute(20)
                    .build())
            .setRoutePlanner(new ApiBaseRoutePlanner(URI.create(settings.apiBaseUrl())));
    return new TwilioRestClient.Builder(settings.accountSid(), settings.authToken())
        .accountSid(settings.accountSid())
        .httpClient(new SingleTryHttpClient(http))
        .build();
  }

  @Singleton
  DialRate dialRate(TwilioSettings settings, Clock clock) {
    return new DialRate(clock, settings.callsPerSecond(), DialRate.Sleeper.THREAD);
  }
}
