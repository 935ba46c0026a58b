package com.followup.dialer.telephony.twilio;

import com.followup.dialer.recording.Audio;
import com.followup.dialer.recording.Recording;
import com.followup.dialer.recording.RecordingArchive;
import com.followup.dialer.recording.RecordingUnavailable;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Recordings at Twilio: the audio is fetched with the account's credentials and streamed on by the
 * application (the caller never sees a Twilio URL or a credential), with the caller's byte range
 * passed through for seeking; deleted with twilio-java once the retention ends.
 */
@Singleton
@Requires(property = "followup.telephony.mode", value = "twilio")
class TwilioRecordings implements RecordingArchive {

  private static final String MEDIA_TYPE = "audio/mpeg";

  private final TwilioRestClient client;
  private final TwilioSettings settings;
  private final HttpClient http;

  TwilioRecordings(TwilioRestClient client, TwilioSettings settings) {
    this.client = client;
    this.settings = settings;
    // redirects are followed by hand: the credentials go to Twilio only, never to a media host
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(settings.requestTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** How the audio is served: MP3, with both channels. */
  static String mediaType() {
    return MEDIA_TYPE;
  }

  @Override
  public Audio open(Recording recording, String range) {
    URI media = mediaUri(recording.providerSid());
    HttpResponse<InputStream> response = get(media, range, true);
    for (int hops = 0; redirect(response) && hops < 3; hops++) {
      URI next =
          media.resolve(
              response
                  .headers()
                  .firstValue("Location")
                  .orElseThrow(() -> new RecordingUnavailable("Twilio redirected nowhere")));
      close(response);
      response = get(next, range, sameHost(next));
    }
    int status = response.statusCode();
    if (status == 200 || status == 206 || status == 416) {
      String contentRange = response.headers().firstValue("Content-Range").orElse(null);
      long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      return new Audio(
          response.headers().firstValue("Content-Type").orElse(MEDIA_TYPE),
          status == 206,
          status == 416,
          status == 416 ? 0 : length,
          contentRange,
          status == 416 ? InputStream.nullInputStream() : response.body());
    }
    close(response);
    throw new RecordingUnavailable(
        "Twilio answered " + status + " for recording " + recording.providerSid());
  }

  @Override
  public void delete(Recording recording) {
    try {
      com.twilio.rest.api.v2010.account.Recording.deleter(recording.providerSid()).delete(client);
    } catch (ApiException e) {
      if (e.getStatusCode() == null || e.getStatusCode() != 404) {
        throw e; // 404: deleted already
      }
    }
  }

  private URI mediaUri(String sid) {
    String base = settings.apiBaseUrl().replaceAll("/+$", "");
    return URI.create(
        base + "/2010-04-01/Accounts/" + settings.accountSid() + "/Recordings/" + sid + ".mp3");
  }

  private boolean sameHost(URI uri) {
    return Optional.ofNullable(uri.getHost())
        .map(h -> h.equals(URI.create(settings.apiBaseUrl()).getHost()))
        .orElse(false);
  }

  private HttpResponse<InputStream> get(URI uri, String range, boolean withCredentials) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).timeout(settings.requestTimeout()).GET();
    if (withCredentials) {
      String pair = settings.accountSid() + ":" + settings.authToken();
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    if (range != null && !range.isBlank()) {
      request.header("Range", range);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new RecordingUnavailable("Twilio could not be reached for the recording", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RecordingUnavailable("interrupted while fetching the recording", e);
    }
  }

  private static boolean redirect(HttpResponse<?> response) {
    int status = response.statusCode();
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static void close(HttpResponse<InputStream> response) {
    try {
      response.body().close();
    } catch (IOException ignored) {
      // nothing was read from it
    }
  }
}
