package com.followup.admin.console.manager.sla;

import com.followup.sla.policy.TargetRule;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** One target's row of the policy form, as typed (so a refused form shows what was sent). */
public record TargetRow(
    int index, String name, String minutes, String startsOn, Set<String> metBy, boolean callback) {

  static TargetRow of(int index, TargetRule rule) {
    Set<String> met = new TreeSet<>();
    rule.metBy().forEach(e -> met.add(e.name()));
    return new TargetRow(
        index,
        rule.name(),
        Integer.toString(rule.allowedMinutes()),
        rule.startsOn(),
        met,
        rule.callback());
  }

  static TargetRow blank(int index) {
    return new TargetRow(index, "", "", TargetRule.OPENED, Set.of(), false);
  }

  static TargetRow posted(int index, Map<String, String> form) {
    String prefix = "t" + index + ".";
    Set<String> met = new TreeSet<>();
    form.forEach(
        (key, value) -> {
          if (key.startsWith(prefix + "met.")) {
            met.add(key.substring((prefix + "met.").length()));
          }
        });
    return new TargetRow(
        index,
        value(form, prefix + "name"),
        value(form, prefix + "minutes"),
        form.getOrDefault(prefix + "startsOn", TargetRule.OPENED),
        met,
        form.containsKey(prefix + "callback"));
  }

  /** A row left empty adds no target. */
  boolean isBlank() {
    return name.isEmpty() && minutes.isEmpty();
  }

  public String field(String part) {
    return "t" + index + "." + part;
  }

  private static String value(Map<String, String> form, String key) {
    String v = form.get(key);
    return v == null ? "" : v.trim();
  }
}
