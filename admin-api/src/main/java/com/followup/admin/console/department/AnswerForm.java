package com.followup.admin.console.department;

import com.followup.admin.console.FieldMessages;
import java.util.List;
import java.util.Map;

/**
 * One of the desk's answers as typed (acknowledge, progress, resolve, pass on), with its refusals.
 * Its fields' messages are keyed {@code <action>-notes} and {@code <action>-department}, so several
 * forms on one page keep their messages apart.
 *
 * @param action acknowledge, progress, resolve or pass-on
 */
public record AnswerForm(String action, String notes, String department, FieldMessages errors) {

  static final int MAX_NOTES = 2000;

  static AnswerForm empty(String action) {
    return new AnswerForm(action, "", "", new FieldMessages());
  }

  static AnswerForm posted(String action, Map<String, String> form) {
    return new AnswerForm(
        action, value(form, "notes"), value(form, "department"), new FieldMessages());
  }

  /** The key of a field's message on this form. */
  public String field(String name) {
    return action + "-" + name;
  }

  void refuse(String name, String key) {
    refuse(name, key, "");
  }

  void refuse(String name, String key, Object arg) {
    errors.add(field(name), key, arg);
  }

  /** The page's fragment that holds this form. */
  String fragment() {
    return switch (action) {
      case "acknowledge" -> "acknowledgeForm";
      case "progress" -> "progressForm";
      case "resolve" -> "resolveForm";
      default -> "passOnForm";
    };
  }

  /** The name the page's model holds this form under. */
  static String modelName(String action) {
    return switch (action) {
      case "acknowledge" -> "ack";
      case "pass-on" -> "passOn";
      default -> action;
    };
  }

  /** The department to pass on to: given, not the ticket's own, one of the stored ones. */
  void checkTarget(String current, List<String> stored) {
    if (department.isEmpty()) {
      refuse("department", "desk.error.departmentRequired");
    } else if (department.equals(current)) {
      refuse("department", "desk.error.departmentSame");
    } else if (!stored.contains(department)) {
      refuse("department", "desk.error.departmentUnknown", department);
    }
  }

  /** The note is required (progress, resolve, pass on) or optional (acknowledge). */
  void checkNotes(boolean required) {
    if (required && notes.isEmpty()) {
      refuse("notes", "desk.error.noteRequired");
    } else if (notes.length() > MAX_NOTES) {
      refuse("notes", "desk.error.noteLong", MAX_NOTES);
    }
  }

  private static String value(Map<String, String> form, String key) {
    String v = form.get(key);
    return v == null ? "" : v.trim();
  }
}
