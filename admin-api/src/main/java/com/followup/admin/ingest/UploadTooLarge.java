package com.followup.admin.ingest;

/** An upload went past {@link UploadLimit} while being read: refused whole (413), nothing kept. */
public final class UploadTooLarge extends RuntimeException {

  public UploadTooLarge(long limit) {
    super(
        "the upload is larger than the "
            + limit
            + " bytes accepted (followup.ingest.max-upload-size): split the file; nothing was"
            + " stored");
  }
}
