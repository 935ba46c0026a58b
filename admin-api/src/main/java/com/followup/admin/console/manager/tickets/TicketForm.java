package com.followup.admin.console.manager.tickets;

import com.followup.admin.console.FieldMessages;
import java.util.Map;

/** The open-a-ticket form as typed, with its refusals. */
public record TicketForm(
    String type,
    String phone,
    String dealer,
    String department,
    String summary,
    String openedAt,
    FieldMessages errors) {

  static TicketForm empty(String dealer) {
    return new TicketForm(
        "COMPLAINT", "", dealer == null ? "" : dealer, "", "", "", new FieldMessages());
  }

  static TicketForm posted(Map<String, String> form) {
    return new TicketForm(
        value(form, "type"),
        value(form, "phone"),
        value(form, "dealer"),
        value(form, "department"),
        value(form, "summary"),
        value(form, "openedAt"),
        new FieldMessages());
  }

  static String value(Map<String, String> form, String key) {
    String v = form.get(key);
    return v == null ? "" : v.trim();
  }
}
