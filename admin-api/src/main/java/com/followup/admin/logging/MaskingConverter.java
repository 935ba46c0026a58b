package com.followup.admin.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what must never appear whole in a log line: phone numbers (all but the last three digits),
 * passwords, secrets and tokens. Used as {@code %mask(...)} in logback.xml.
 */
public class MaskingConverter extends CompositeConverter<ILoggingEvent> {

  private static final Pattern PHONE =
      Pattern.compile("(?<![\\w.:/-])\\+?\\d(?:[ ()-]{0,2}\\d){6,15}(?![\\w.])");
  private static final Pattern SECRET =
      Pattern.compile(
          "(?i)((?:password|passwd|pwd|secret|token|auth[_-]?token|api[_-]?key)[\"']?\\s*[:=]\\s*[\"']?)[^\\s\"',;&}]+");
  private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[\\w.~+/=-]+");
  private static final Pattern JWT = Pattern.compile("eyJ[\\w-]{4,}\\.[\\w-]{4,}\\.[\\w-]+");

  @Override
  protected String transform(ILoggingEvent event, String in) {
    return mask(in);
  }

  /** Masks phone numbers, secrets and tokens in a text. */
  public static String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = JWT.matcher(text).replaceAll("eyJ****");
    out = BEARER.matcher(out).replaceAll("$1****");
    out = SECRET.matcher(out).replaceAll("$1****");
    Matcher phone = PHONE.matcher(out);
    StringBuilder masked = new StringBuilder();
    while (phone.find()) {
      phone.appendReplacement(masked, Matcher.quoteReplacement(maskDigits(phone.group())));
    }
    phone.appendTail(masked);
    return masked.toString();
  }

  private static String maskDigits(String number) {
    int keep = 3;
    StringBuilder out = new StringBuilder(number);
    int digitsSeen = 0;
    for (int i = out.length() - 1; i >= 0; i--) {
      if (Character.isDigit(out.charAt(i)) && ++digitsSeen > keep) {
        out.setCharAt(i, '*');
      }
    }
    return out.toString();
  }
}
