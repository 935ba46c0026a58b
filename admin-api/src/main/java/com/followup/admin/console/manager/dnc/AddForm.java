package com.followup.admin.console.manager.dnc;

import com.followup.admin.console.FieldMessages;
import java.util.Map;

/** The do-not-call add form as typed, with its refusals. */
public record AddForm(String phone, String country, String reason, FieldMessages errors) {

  static AddForm empty() {
    return new AddForm("", "", "", new FieldMessages());
  }

  static AddForm posted(Map<String, String> form) {
    return new AddForm(
        form.getOrDefault("phone", "").trim(),
        form.getOrDefault("country", "").trim(),
        form.getOrDefault("reason", "").trim(),
        new FieldMessages());
  }
}
