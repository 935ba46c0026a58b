package com.followup.dialer.recording;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * The recording of one call attempt.
 *
 * @param providerSid the provider's id of the recording (Twilio's RE…); null for one kept here
 * @param mediaType how the audio is served, e.g. {@code audio/mpeg} or {@code audio/wav}
 * @param channels 2 when the customer and the agent are on channels of their own
 * @param deleteAfter when the retention ends and the recording is deleted
 */
public record Recording(
    long attemptId,
    @Nullable String providerSid,
    RecordingStatus status,
    String mediaType,
    int durationSeconds,
    int channels,
    Instant recordedAt,
    Instant deleteAfter,
    @Nullable Instant deletedAt) {

  public boolean available() {
    return status == RecordingStatus.AVAILABLE;
  }
}
