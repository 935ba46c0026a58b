package com.followup.admin.twilio;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decodes an {@code application/x-www-form-urlencoded} body exactly as sent: a webhook signature
 * covers every parameter, so nothing may be dropped or converted on the way.
 */
final class FormParameters {

  private FormParameters() {}

  static Map<String, String> decode(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    if (body == null || body.isEmpty()) {
      return form;
    }
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      form.putIfAbsent(decodePart(name), decodePart(value));
    }
    return form;
  }

  private static String decodePart(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
