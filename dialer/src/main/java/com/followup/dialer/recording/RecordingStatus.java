package com.followup.dialer.recording;

/** Whether a recording can still be played. */
public enum RecordingStatus {
  AVAILABLE,
  /** Deleted at the provider and here once its retention ended. */
  DELETED
}
