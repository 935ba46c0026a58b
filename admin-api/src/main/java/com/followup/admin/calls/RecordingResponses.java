package com.followup.admin.calls;

import com.followup.dialer.recording.Audio;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.types.files.StreamedFile;
import java.util.Optional;

/**
 * A recording's audio as an HTTP answer, for the API and the console alike: 200 with the whole
 * file, 206 with {@code Content-Range} for a range (a player seeks with it), 416 for a range past
 * the end, 404 without a recording. Never cached outside the user's browser.
 */
public final class RecordingResponses {

  private RecordingResponses() {}

  public static MutableHttpResponse<StreamedFile> of(Optional<Audio> found) {
    if (found.isEmpty()) {
      return HttpResponse.notFound();
    }
    Audio audio = found.get();
    if (audio.unsatisfiable()) {
      return HttpResponse.<StreamedFile>status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
          .header(HttpHeaders.CONTENT_RANGE, audio.contentRange())
          .header(HttpHeaders.ACCEPT_RANGES, "bytes");
    }
    MutableHttpResponse<StreamedFile> response =
        HttpResponse.<StreamedFile>status(
                audio.partial() ? HttpStatus.PARTIAL_CONTENT : HttpStatus.OK)
            .header(HttpHeaders.ACCEPT_RANGES, "bytes")
            .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
            .body(
                new StreamedFile(audio.body(), MediaType.of(audio.mediaType()), 0, audio.length()));
    if (audio.contentRange() != null) {
      response.header(HttpHeaders.CONTENT_RANGE, audio.contentRange());
    }
    return response;
  }
}
