package com.followup.dialer.recording;

import io.micronaut.core.annotation.Nullable;

/**
 * Where the audio of recordings lives: Twilio in twilio mode, this database for the simulator. The
 * application streams it to QA and managers; no provider URL or credential ever leaves it.
 */
public interface RecordingArchive {

  /**
   * The audio, or the single byte range {@code range} (an HTTP {@code Range} header) of it.
   *
   * @throws RecordingUnavailable when the provider has no audio for it (any more)
   */
  Audio open(Recording recording, @Nullable String range);

  /** Deletes the audio; deleting audio that is already gone is not an error. */
  void delete(Recording recording);
}
