package com.followup.admin.console.dealer;

import com.followup.admin.console.ConsolePages;
import com.followup.admin.console.ConsoleRedirects;
import com.followup.admin.ingest.UploadLimit;
import com.followup.admin.security.Caller;
import com.followup.admin.security.DealerScoped;
import com.followup.admin.security.Role;
import com.followup.campaign.dealer.DealerDirectory;
import com.followup.campaign.ingest.UploadLog;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.Map;

/**
 * The dealer's desk: {@code /dealer} opens the user's own dealer (managers pick one), {@code
 * /dealer/{code}} is where files are uploaded, {@code /dealer/{code}/uploads} lists earlier ones.
 */
@Controller("/dealer")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "MANAGER", "DEALER"})
class DealerHome {

  /** Uploads listed under the upload form; the uploads page lists more, never all. */
  static final int LATEST = 10;

  static final int LISTED = 100;

  private final ConsolePages pages;
  private final DealerDesk desk;
  private final DealerDirectory dealers;
  private final UploadLog uploads;
  private final UploadLimit limit;

  DealerHome(
      ConsolePages pages,
      DealerDesk desk,
      DealerDirectory dealers,
      UploadLog uploads,
      UploadLimit limit) {
    this.pages = pages;
    this.desk = desk;
    this.dealers = dealers;
    this.uploads = uploads;
    this.limit = limit;
  }

  @Get(produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> home(HttpRequest<?> request, Authentication authentication) {
    Caller caller = Caller.of(authentication);
    if (caller.dealerUser() && caller.dealerCode() != null) {
      return ConsoleRedirects.to(request, "/dealer/" + caller.dealerCode());
    }
    if (authentication.getRoles().contains(Role.ADMIN.name())
        || authentication.getRoles().contains(Role.MANAGER.name())) {
      return pages.render(request, "dealer/choose", Map.of("dealers", dealers.all()));
    }
    return pages.render(
        request, HttpStatus.FORBIDDEN, "error", Map.of("status", 403, "message", "error.403"));
  }

  @Get(uri = "/{code}", produces = MediaType.TEXT_HTML)
  @DealerScoped
  MutableHttpResponse<String> upload(HttpRequest<?> request, String code) {
    return desk.page(
        request,
        code,
        DealerDesk.Tab.UPLOAD,
        "dealer/desk",
        Map.of(
            "uploads",
            uploads.recent(code, LATEST),
            "maxUploadSize",
            limit.maxUploadSize(),
            "maxUploadSizeText",
            Sizes.readable(limit.maxUploadSize())));
  }

  @Get(uri = "/{code}/uploads", produces = MediaType.TEXT_HTML)
  @DealerScoped
  MutableHttpResponse<String> uploads(HttpRequest<?> request, String code) {
    return desk.page(
        request,
        code,
        DealerDesk.Tab.UPLOADS,
        "dealer/uploads",
        Map.of("uploads", uploads.recent(code, LISTED), "listed", LISTED));
  }
}
