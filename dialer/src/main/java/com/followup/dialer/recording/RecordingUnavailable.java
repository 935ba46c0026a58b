package com.followup.dialer.recording;

/** The audio of a recording could not be fetched: gone at the provider, or the provider failed. */
public class RecordingUnavailable extends RuntimeException {

  public RecordingUnavailable(String message) {
    super(message);
  }

  public RecordingUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
