package com.followup.admin.console.manager.timeline;

import com.followup.campaign.timeline.CampaignTimeline;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Two versions side by side, field by field, each row marked when its values differ. */
record VersionDiff(CampaignTimeline left, CampaignTimeline right, List<Row> rows, int changed) {

  /** One field: {@code label} is its message key, {@code step} the step it belongs to (0: none). */
  record Row(String field, String label, int step, String left, String right, boolean changed) {}

  static VersionDiff of(CampaignTimeline left, CampaignTimeline right) {
    Map<String, String> a = TimelineFields.of(left);
    Map<String, String> b = TimelineFields.of(right);
    Set<String> fields = new LinkedHashSet<>();
    // steps of either version in step order, then the calling rules
    int steps = Math.max(left.steps().size(), right.steps().size());
    fields.add("name");
    for (int n = 1; n <= steps; n++) {
      for (String f :
          List.of(
              "opensAfterDays",
              "deadlineDays",
              "maxAttempts",
              "channel",
              "message.en",
              "message.zh")) {
        fields.add(TimelineForm.stepField(n, f));
      }
    }
    fields.addAll(a.keySet());
    fields.addAll(b.keySet());
    List<Row> rows = new ArrayList<>();
    int changed = 0;
    for (String field : fields) {
      String l = a.get(field);
      String r = b.get(field);
      if (field.contains(".message.") && blank(l) && blank(r)) {
        continue; // a text neither version has (steps that are not texts)
      }
      boolean differs = l == null ? r != null : !l.equals(r);
      changed += differs ? 1 : 0;
      rows.add(new Row(field, label(field), step(field), l, r, differs));
    }
    return new VersionDiff(left, right, rows, changed);
  }

  private static boolean blank(String value) {
    return value == null || value.isEmpty();
  }

  private static String label(String field) {
    return "mc.field." + field.replaceAll("^steps\\.\\d+\\.", "step.");
  }

  private static int step(String field) {
    return field.startsWith("steps.") ? Integer.parseInt(field.split("\\.")[1]) : 0;
  }
}
