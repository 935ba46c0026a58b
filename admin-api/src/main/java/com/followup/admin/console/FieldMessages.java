package com.followup.admin.console;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a form's fields were refused for, by field name, each as a message key with one optional
 * argument, for the page to show next to the field. {@code form} holds a message about the whole
 * form.
 */
public final class FieldMessages {

  /** One refusal: a message key of the bundles and its argument (may be empty). */
  public record Message(String key, String arg) {}

  private final Map<String, Message> byField = new LinkedHashMap<>();

  public FieldMessages add(String field, String key) {
    return add(field, key, "");
  }

  public FieldMessages add(String field, String key, Object arg) {
    byField.putIfAbsent(field, new Message(key, arg == null ? "" : arg.toString()));
    return this;
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  public Message get(String field) {
    return byField.get(field);
  }

  public boolean isEmpty() {
    return byField.isEmpty();
  }

  public Map<String, Message> all() {
    return Map.copyOf(byField);
  }
}
