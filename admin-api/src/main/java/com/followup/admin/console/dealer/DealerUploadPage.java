package com.followup.admin.console.dealer;

import com.followup.admin.console.ConsoleRedirects;
import com.followup.admin.security.DealerScoped;
import com.followup.campaign.ingest.RowError;
import com.followup.campaign.ingest.UploadLog;
import com.followup.campaign.ingest.UploadSummary;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.List;
import java.util.Map;

/**
 * One upload: its summary and every rejected row (line, column, message), a page at a time. The
 * {@code result} fragment is what the desk shows right after a file was sent.
 */
@Controller("/dealer/{code}/uploads/{uploadId}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "MANAGER", "QA", "DEALER"})
@DealerScoped
class DealerUploadPage {

  static final int PAGE = 50;

  private final DealerDesk desk;
  private final UploadLog uploads;

  DealerUploadPage(DealerDesk desk, UploadLog uploads) {
    this.desk = desk;
    this.uploads = uploads;
  }

  @Get(produces = MediaType.TEXT_HTML)
  MutableHttpResponse<String> upload(
      HttpRequest<?> request,
      String code,
      String uploadId,
      @QueryValue(defaultValue = "0") int offset) {
    String view = ConsoleRedirects.isHtmx(request) ? "dealer/upload :: errors" : "dealer/upload";
    return render(request, code, uploadId, Math.max(0, offset), view, true);
  }

  /** The summary and the first rejected rows, for the desk to show under the upload form. */
  @Get(uri = "/result", produces = MediaType.TEXT_HTML)
  MutableHttpResponse<String> result(HttpRequest<?> request, String code, String uploadId) {
    return render(request, code, uploadId, 0, "dealer/upload :: result", false);
  }

  private MutableHttpResponse<String> render(
      HttpRequest<?> request,
      String code,
      String uploadId,
      int offset,
      String view,
      boolean standalone) {
    UploadSummary summary = uploads.find(code, uploadId).orElse(null);
    if (summary == null) {
      return desk.notFound(request);
    }
    List<RowError> page = uploads.errors(code, uploadId, offset, PAGE + 1);
    boolean more = page.size() > PAGE;
    return desk.page(
        request,
        code,
        DealerDesk.Tab.UPLOADS,
        view,
        Map.of(
            "upload",
            summary,
            "errors",
            more ? page.subList(0, PAGE) : page,
            "offset",
            offset,
            "previous",
            offset > 0 ? Math.max(0, offset - PAGE) : -1,
            "next",
            more ? offset + PAGE : -1,
            "pageSize",
            PAGE,
            "standalone",
            standalone));
  }
}
