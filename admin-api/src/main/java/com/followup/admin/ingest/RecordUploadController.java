package com.followup.admin.ingest;

import com.followup.admin.security.DealerScoped;
import com.followup.campaign.ingest.RecordHistory;
import com.followup.campaign.ingest.RecordUpload;
import com.followup.campaign.ingest.RecordVersions;
import com.followup.campaign.ingest.RejectedRows;
import com.followup.campaign.ingest.RowError;
import com.followup.campaign.ingest.UploadFormat;
import com.followup.campaign.ingest.UploadLog;
import com.followup.campaign.ingest.UploadSummary;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Dealers' record uploads (CSV or a JSON array), their summaries and the records' history. */
@Controller("/api/dealers/{code}")
@ExecuteOn(TaskExecutors.BLOCKING)
@DealerScoped
class RecordUploadController {

  private final RecordUpload upload;
  private final UploadLog uploads;
  private final RecordHistory records;
  private final RejectedRows rejected;
  private final UploadLimit limit;

  RecordUploadController(
      RecordUpload upload,
      UploadLog uploads,
      RecordHistory records,
      RejectedRows rejected,
      UploadLimit limit) {
    this.upload = upload;
    this.uploads = uploads;
    this.records = records;
    this.rejected = rejected;
    this.limit = limit;
  }

  /**
   * Uploads records as CSV ({@code text/csv}, UTF-8 unless a charset such as GB18030 is given) or
   * as a JSON array; streamed, so files of millions of rows are fine. A body that grows past {@link
   * UploadLimit} while it is read (sent without a length) is refused with 413 and nothing is kept.
   */
  @Post(
      uri = "/records",
      consumes = {"text/csv", MediaType.APPLICATION_JSON})
  @Secured({"ADMIN", "MANAGER", "DEALER"})
  UploadSummary upload(
      String code, HttpRequest<?> request, @Body InputStream body, Authentication caller) {
    MediaType type = request.getContentType().orElse(MediaType.of("text/csv"));
    UploadFormat format = formatOf(type);
    Charset charset = type.getCharset().orElse(StandardCharsets.UTF_8);
    LimitedBody limited = new LimitedBody(body, limit.maxUploadSize());
    try {
      return upload.upload(code, format, limited, charset, caller.getName());
    } catch (RuntimeException e) {
      if (limited.exceeded()) {
        throw new UploadTooLarge(limit.maxUploadSize());
      }
      throw e;
    }
  }

  private static UploadFormat formatOf(MediaType type) {
    return type.getName().equals(MediaType.APPLICATION_JSON) ? UploadFormat.JSON : UploadFormat.CSV;
  }

  @Get("/uploads")
  @Secured({"ADMIN", "MANAGER", "QA", "DEALER"})
  List<UploadSummary> list(String code, @QueryValue(defaultValue = "50") int limit) {
    return uploads.recent(code, limit);
  }

  @Get("/uploads/{uploadId}")
  @Secured({"ADMIN", "MANAGER", "QA", "DEALER"})
  HttpResponse<UploadSummary> get(String code, String uploadId) {
    return uploads.find(code, uploadId).map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
  }

  /** Every rejected-row error of an upload, in file order, a page at a time. */
  @Get("/uploads/{uploadId}/errors")
  @Secured({"ADMIN", "MANAGER", "QA", "DEALER"})
  List<RowError> errors(
      String code,
      String uploadId,
      @QueryValue(defaultValue = "0") int offset,
      @QueryValue(defaultValue = "1000") int limit) {
    return uploads.errors(code, uploadId, offset, limit);
  }

  /**
   * The upload's rejected rows as the dealer sent them, plus an error column, in the upload's
   * encoding: fix them and send the file again. Streamed from the database as it is downloaded.
   */
  @Get("/uploads/{uploadId}/rejected")
  @Secured({"ADMIN", "MANAGER", "QA", "DEALER"})
  HttpResponse<StreamedFile> rejected(String code, String uploadId) {
    return rejected
        .find(code, uploadId)
        .map(
            file ->
                HttpResponse.ok(new StreamedFile(file.open(), MediaType.of(file.contentType())))
                    .contentType(file.contentType())
                    .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + file.fileName() + "\""))
        .orElseGet(HttpResponse::notFound);
  }

  /** A record as it is now, with every version it replaced. */
  @Get("/records/{recordId}")
  @Secured({"ADMIN", "MANAGER", "QA", "AGENT", "DEALER"})
  HttpResponse<RecordVersions> record(String code, String recordId) {
    return records.find(code, recordId).map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
  }
}
