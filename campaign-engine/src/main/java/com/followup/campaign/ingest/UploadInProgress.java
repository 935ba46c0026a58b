package com.followup.campaign.ingest;

/** Another upload for the same dealer is being written; the dealer should send again later. */
public final class UploadInProgress extends RuntimeException {

  public UploadInProgress(String dealerCode) {
    super("another upload for dealer '" + dealerCode + "' is in progress; send again when it ends");
  }
}
