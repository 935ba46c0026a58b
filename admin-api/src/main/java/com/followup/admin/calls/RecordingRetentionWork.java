package com.followup.admin.calls;

import com.followup.admin.scheduling.DueWork;
import com.followup.dialer.recording.Recordings;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/**
 * Recordings whose retention ended are deleted, at the provider and here, by the cluster's loop.
 */
@Singleton
class RecordingRetentionWork implements DueWork {

  private final Recordings recordings;

  RecordingRetentionWork(Recordings recordings) {
    this.recordings = recordings;
  }

  @Override
  public String name() {
    return "recording-retention";
  }

  @Override
  public int processDue(Instant now) {
    return recordings.deleteExpired(now);
  }

  @Override
  public Optional<Instant> nextDue() {
    return recordings.nextExpiry();
  }
}
