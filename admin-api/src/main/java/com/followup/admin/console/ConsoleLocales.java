package com.followup.admin.console;

import com.followup.admin.console.session.Sessions;
import com.followup.admin.console.session.SignedIn;
import com.followup.campaign.dealer.DealerDirectory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.server.util.locale.CompositeHttpLocaleResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The console's language: the one the user chose (remembered in a cookie), else Chinese for the
 * users of a Chinese dealer, else the browser's preference among the languages we have, else
 * English.
 */
@Singleton
@Primary
@Replaces(CompositeHttpLocaleResolver.class)
public class ConsoleLocales implements HttpLocaleResolver {

  public static final String COOKIE = "followup_lang";
  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  public static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);

  private final DealerDirectory dealers;

  ConsoleLocales(DealerDirectory dealers) {
    this.dealers = dealers;
  }

  @Override
  public Optional<Locale> resolve(HttpRequest<?> request) {
    return Optional.of(resolveOrDefault(request));
  }

  @Override
  public Locale resolveOrDefault(HttpRequest<?> request) {
    Optional<Locale> chosen =
        request
            .getCookies()
            .findCookie(COOKIE)
            .map(Cookie::getValue)
            .flatMap(ConsoleLocales::parse);
    if (chosen.isPresent()) {
      return chosen.get();
    }
    Optional<String> dealer = Sessions.of(request).map(SignedIn::dealerCode);
    if (dealer.isPresent()
        && dealers.find(dealer.get()).map(d -> "CN".equals(d.country())).orElse(false)) {
      return CHINESE;
    }
    return fromBrowser(request.getHeaders().get("Accept-Language"));
  }

  /** A supported locale from a tag such as {@code zh-CN} or {@code en}. */
  public static Optional<Locale> parse(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(tag.trim()).getLanguage();
    return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
  }

  static Locale fromBrowser(String acceptLanguage) {
    if (acceptLanguage != null) {
      try {
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
          Optional<Locale> match = parse(range.getRange());
          if (match.isPresent()) {
            return match.get();
          }
        }
      } catch (IllegalArgumentException malformed) {
        // a malformed header is treated as no preference
      }
    }
    return Locale.ENGLISH;
  }
}
