package com.followup.admin.console.dealer;

import com.followup.admin.console.ConsolePages;
import com.followup.campaign.dealer.Dealer;
import com.followup.campaign.dealer.DealerDirectory;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders a page of one dealer's desk: the dealer and the tab the page belongs to go into every
 * model, and an unknown dealer is a 404 page. Which dealer a user may open is decided before, by
 * {@code @DealerScoped} on each route.
 */
@Singleton
class DealerDesk {

  /** The desk's tabs, in the order they are listed. */
  enum Tab {
    UPLOAD,
    UPLOADS,
    RECORDS,
    PROGRESS,
    BREACHES
  }

  private final ConsolePages pages;
  private final DealerDirectory dealers;

  DealerDesk(ConsolePages pages, DealerDirectory dealers) {
    this.pages = pages;
    this.dealers = dealers;
  }

  MutableHttpResponse<String> page(
      HttpRequest<?> request, String code, Tab tab, String view, Map<String, Object> model) {
    Dealer dealer = dealers.find(code).orElse(null);
    if (dealer == null) {
      return notFound(request);
    }
    Map<String, Object> data = new HashMap<>(model);
    data.put("dealer", dealer);
    data.put("tab", tab.name());
    return pages.render(request, view, data);
  }

  MutableHttpResponse<String> notFound(HttpRequest<?> request) {
    return pages.render(
        request, HttpStatus.NOT_FOUND, "error", Map.of("status", 404, "message", "error.404"));
  }
}
