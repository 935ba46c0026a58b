package com.followup.sla.transfer;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** POSTs the delivery's JSON to the department's webhook, signed with its secret. */
@Singleton
class WebhookChannel implements DeliveryChannel {

  private final HttpClient http;
  private final DeliverySettings settings;
  private final Clock clock;

  WebhookChannel(DeliverySettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(settings.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public String name() {
    return "WEBHOOK";
  }

  @Override
  public void send(ClaimedDelivery delivery, String secret) throws DeliveryFailed {
    if (secret == null) {
      throw new DeliveryFailed("the department has no webhook secret");
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(delivery.destination()))
            .timeout(settings.timeout())
            .header("Content-Type", "application/json; charset=utf-8")
            .header(WebhookSignature.DELIVERY_HEADER, delivery.deliveryId())
            .header(
                WebhookSignature.HEADER,
                WebhookSignature.sign(secret, clock.instant(), delivery.payload()))
            .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new DeliveryFailed(e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryFailed("interrupted");
    }
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      String body = response.body() == null ? "" : response.body();
      throw new DeliveryFailed(
          "HTTP "
              + status
              + (body.isBlank() ? "" : ": " + body.substring(0, Math.min(500, body.length()))));
    }
  }
}
