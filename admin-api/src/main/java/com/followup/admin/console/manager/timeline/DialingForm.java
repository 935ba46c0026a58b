package com.followup.admin.console.manager.timeline;

import com.followup.dialer.dialing.CampaignDialing;
import com.followup.dialer.pacing.PacingMode;
import com.followup.dialer.telephony.MachineBehaviour;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the dialing settings form (the cap in per cent, the wrap-up in seconds, blank for the
 * centre's default) into the dialer's {@link CampaignDialing}, keeping each message by its field.
 */
final class DialingForm {

  static final List<String> FIELDS =
      List.of(
          "mode",
          "abandonmentCap",
          "machineBehaviour",
          "machineMessage",
          "abandonMessage",
          "wrapUpSeconds",
          "recordingAnnouncement");

  /** The settings, or the message keys (and refusals) by field. */
  record Read(CampaignDialing dialing, Map<String, String> values, Map<String, String> errors) {}

  private DialingForm() {}

  static Map<String, String> values(CampaignDialing d) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("mode", d.mode().name());
    v.put(
        "abandonmentCap",
        BigDecimal.valueOf(d.abandonmentCap() * 100).stripTrailingZeros().toPlainString());
    v.put("machineBehaviour", d.machineBehaviour().name());
    v.put("machineMessage", d.machineMessage() == null ? "" : d.machineMessage());
    v.put("abandonMessage", d.abandonMessage() == null ? "" : d.abandonMessage());
    v.put("wrapUpSeconds", d.wrapUpSeconds() == null ? "" : "" + d.wrapUpSeconds());
    v.put(
        "recordingAnnouncement",
        d.recordingAnnouncement() == null ? "" : d.recordingAnnouncement());
    return v;
  }

  /** Message keys ({@code mc.dialing.error.*}) for what cannot be read; the domain's refusal. */
  static Read read(String campaign, Map<String, String> form) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String field : FIELDS) {
      values.put(field, form.getOrDefault(field, "").trim());
    }
    Map<String, String> errors = new LinkedHashMap<>();
    PacingMode mode = parse(PacingMode.class, values.get("mode"));
    if (mode == null) {
      errors.put("mode", "#mc.dialing.error.choose");
    }
    MachineBehaviour machine = parse(MachineBehaviour.class, values.get("machineBehaviour"));
    if (machine == null) {
      errors.put("machineBehaviour", "#mc.dialing.error.choose");
    }
    Double cap = null;
    try {
      double percent = Double.parseDouble(values.get("abandonmentCap").replace(',', '.'));
      cap = percent > 0 && percent < 100 ? percent / 100 : null;
    } catch (NumberFormatException e) {
      // not a number: refused below
    }
    if (cap == null) {
      errors.put("abandonmentCap", "#mc.dialing.error.cap");
    }
    Integer wrapUp = null;
    if (!values.get("wrapUpSeconds").isEmpty()) {
      try {
        wrapUp = Integer.valueOf(values.get("wrapUpSeconds"));
      } catch (NumberFormatException e) {
        errors.put("wrapUpSeconds", "#mc.dialing.error.wrapUp");
      }
    }
    if (values.get("recordingAnnouncement").length() > 1000) {
      errors.put("recordingAnnouncement", "#mc.dialing.error.announcement");
    }
    if (!errors.isEmpty()) {
      return new Read(null, values, errors);
    }
    try {
      return new Read(
          new CampaignDialing(
              campaign,
              mode,
              cap,
              machine,
              values.get("machineMessage"),
              values.get("abandonMessage"),
              wrapUp,
              values.get("recordingAnnouncement")),
          values,
          errors);
    } catch (IllegalArgumentException refused) {
      errors.put(fieldOf(refused.getMessage()), refused.getMessage());
      return new Read(null, values, errors);
    }
  }

  /** The field a refusal of {@link CampaignDialing} names first. */
  private static String fieldOf(String message) {
    if (message.startsWith("LEAVE_MESSAGE")) {
      return "machineMessage";
    }
    for (String field : FIELDS) {
      if (message.startsWith(field)) {
        return field;
      }
    }
    return "mode";
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
