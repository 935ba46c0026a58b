package com.followup.campaign.ingest;

/**
 * The upload as a whole cannot be read (empty, missing columns, not CSV/JSON): nothing is written.
 */
public final class MalformedUpload extends RuntimeException {

  public MalformedUpload(String message) {
    super(message);
  }
}
