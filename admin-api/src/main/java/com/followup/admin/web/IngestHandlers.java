package com.followup.admin.web;

import com.followup.admin.ingest.UploadTooLarge;
import com.followup.campaign.dealer.UnknownDealer;
import com.followup.campaign.ingest.MalformedUpload;
import com.followup.campaign.ingest.UploadInProgress;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** Upload failures that concern the whole file or the dealer. */
final class IngestHandlers {

  private IngestHandlers() {}

  @Produces
  @Singleton
  static class Malformed extends StatusMappingHandler<MalformedUpload> {
    Malformed(ErrorResponseProcessor<?> errors) {
      super(errors, HttpStatus.BAD_REQUEST);
    }
  }

  @Produces
  @Singleton
  static class InProgress extends StatusMappingHandler<UploadInProgress> {
    InProgress(ErrorResponseProcessor<?> errors) {
      super(errors, HttpStatus.CONFLICT);
    }
  }

  @Produces
  @Singleton
  static class NoSuchDealer extends StatusMappingHandler<UnknownDealer> {
    NoSuchDealer(ErrorResponseProcessor<?> errors) {
      super(errors, HttpStatus.NOT_FOUND);
    }
  }

  @Produces
  @Singleton
  static class TooLarge extends StatusMappingHandler<UploadTooLarge> {
    TooLarge(ErrorResponseProcessor<?> errors) {
      super(errors, HttpStatus.REQUEST_ENTITY_TOO_LARGE);
    }
  }
}
