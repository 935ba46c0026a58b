package com.followup.admin.ingest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Map;

/**
 * Refuses an upload whose declared length is over {@link UploadLimit} (413) before a byte of it is
 * read, so a dealer learns at once instead of after minutes of sending.
 */
@ServerFilter("/api/dealers/*/records")
class UploadSizeFilter implements Ordered {

  private final UploadLimit limit;

  UploadSizeFilter(UploadLimit limit) {
    this.limit = limit;
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> checkSize(HttpRequest<?> request) {
    if (request.getMethod() != HttpMethod.POST) {
      return null;
    }
    long length = request.getContentLength();
    if (length <= limit.maxUploadSize()) {
      return null;
    }
    return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE)
        .body(
            Map.of(
                "message",
                "the upload is "
                    + length
                    + " bytes; the largest accepted is "
                    + limit.maxUploadSize()
                    + " bytes: split the file"));
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.before();
  }
}
