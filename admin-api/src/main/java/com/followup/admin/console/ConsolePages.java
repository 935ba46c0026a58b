package com.followup.admin.console;

import com.followup.admin.console.session.Sessions;
import com.followup.admin.console.session.SignedIn;
import com.followup.campaign.dealer.Dealer;
import com.followup.campaign.dealer.DealerDirectory;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders console pages and fragments. Templates are rendered to a string here, inside the
 * controller's call, so a template error becomes an error page instead of a response left hanging
 * half-written.
 */
@Singleton
public class ConsolePages {

  private final ThymeleafViewsRenderer<Map<String, Object>> renderer;
  private final ConsoleLocales locales;
  private final Assets assets;
  private final DealerDirectory dealers;
  private final ConsoleSettings settings;

  ConsolePages(
      ThymeleafViewsRenderer<Map<String, Object>> renderer,
      ConsoleLocales locales,
      Assets assets,
      DealerDirectory dealers,
      ConsoleSettings settings) {
    this.renderer = renderer;
    this.locales = locales;
    this.assets = assets;
    this.dealers = dealers;
    this.settings = settings;
  }

  /** A whole page (or, for a view named {@code "file :: fragment"}, one fragment of it). */
  public MutableHttpResponse<String> render(
      HttpRequest<?> request, String view, Map<String, Object> model) {
    return render(request, HttpStatus.OK, view, model);
  }

  public MutableHttpResponse<String> render(
      HttpRequest<?> request, HttpStatus status, String view, Map<String, Object> model) {
    Map<String, Object> data = new HashMap<>(model);
    Locale locale = locales.resolveOrDefault(request);
    Optional<Viewer> viewer = viewer(request);
    ZoneId zone = viewer.map(Viewer::zone).orElse(settings.zone());
    data.put("viewer", viewer.orElse(null));
    data.put("lang", locale.toLanguageTag());
    data.put("assets", assets);
    data.put("fmt", new TimeFormat(zone, locale));
    data.put("csrfHeaders", csrfHeaders(viewer.map(v -> v.session().csrfToken()).orElse("")));
    StringWriter html = new StringWriter();
    try {
      renderer.render(view, data, request).writeTo(html);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HttpResponse.<String>status(status)
        .contentType(MediaType.TEXT_HTML_TYPE.getName() + ";charset=utf-8")
        .body(html.toString());
  }

  /** The signed-in viewer of a request, with the zone their times are shown in. */
  public Optional<Viewer> viewer(HttpRequest<?> request) {
    return Sessions.of(request)
        .map(s -> new Viewer(s, zoneOf(s), locales.resolveOrDefault(request)));
  }

  private ZoneId zoneOf(SignedIn session) {
    if (session.zone() != null) {
      try {
        return ZoneId.of(session.zone());
      } catch (RuntimeException unknown) {
        // a zone the browser named that this JVM does not know: fall through to the defaults
      }
    }
    if (session.dealerCode() != null) {
      return dealers.find(session.dealerCode()).map(Dealer::zone).orElse(settings.zone());
    }
    return settings.zone();
  }

  private static String csrfHeaders(String token) {
    return "{\"X-CSRF-Token\": \"" + token.replaceAll("[^A-Za-z0-9_-]", "") + "\"}";
  }
}
