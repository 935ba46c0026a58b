package com.followup.admin.console.manager.tickets;

import com.followup.admin.console.FieldMessages;
import java.util.Map;

/** The record-an-event form as typed, with its refusals. */
public record EventForm(String type, String at, String notes, FieldMessages errors) {

  static EventForm empty() {
    return new EventForm("", "", "", new FieldMessages());
  }

  static EventForm posted(Map<String, String> form) {
    return new EventForm(
        TicketForm.value(form, "type"),
        TicketForm.value(form, "at"),
        TicketForm.value(form, "notes"),
        new FieldMessages());
  }
}
