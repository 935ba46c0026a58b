package com.followup.admin.ingest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Map;
import java.util.Set;

/**
 * Tells a dealer's system which content types an upload takes (415), before security would answer
 * an unroutable content type with a bare 403.
 */
@ServerFilter("/api/dealers/*/records")
class UploadContentTypeFilter implements Ordered {

  static final Set<String> ACCEPTED =
      Set.of(
          "text/csv",
          "application/csv",
          "text/x-csv",
          "application/vnd.ms-excel",
          MediaType.APPLICATION_JSON);

  @RequestFilter
  @Nullable
  HttpResponse<?> checkContentType(HttpRequest<?> request) {
    if (request.getMethod() != HttpMethod.POST) {
      return null;
    }
    String type = request.getContentType().map(MediaType::getName).orElse("none");
    if (ACCEPTED.contains(type)) {
      return null;
    }
    return HttpResponse.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
        .body(
            Map.of(
                "message",
                "send records as text/csv (with a charset such as GB18030 if not UTF-8) or as"
                    + " application/json, not "
                    + type));
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.before();
  }
}
