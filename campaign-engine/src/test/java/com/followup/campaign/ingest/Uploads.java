package com.followup.campaign.ingest;

import com.followup.campaign.dealer.DealerDirectory;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Test fixture: a fresh dealer per test and uploads from strings. */
final class Uploads {

  private final RecordUpload upload;
  private final DealerDirectory dealers;

  Uploads(RecordUpload upload, DealerDirectory dealers) {
    this.upload = upload;
    this.dealers = dealers;
  }

  String newDealer(String country, String zone) {
    String code = "U" + UUID.randomUUID().toString().substring(0, 8);
    dealers.register(code, "Dealer " + code, country, zone);
    return code;
  }

  UploadSummary csv(String dealer, String text) {
    return csv(dealer, text, StandardCharsets.UTF_8);
  }

  UploadSummary csv(String dealer, String text, Charset charset) {
    return upload.upload(
        dealer,
        UploadFormat.CSV,
        new ByteArrayInputStream(text.getBytes(charset)),
        charset,
        "test");
  }

  UploadSummary csvBytes(String dealer, byte[] bytes, Charset charset) {
    return upload.upload(
        dealer, UploadFormat.CSV, new ByteArrayInputStream(bytes), charset, "test");
  }

  UploadSummary json(String dealer, String text) {
    return upload.upload(
        dealer,
        UploadFormat.JSON,
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8,
        "test");
  }
}
