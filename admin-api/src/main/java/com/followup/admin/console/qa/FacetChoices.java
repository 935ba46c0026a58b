package com.followup.admin.console.qa;

import com.followup.sla.breach.BreachBoard.FacetCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The board's drop-down filters: each facet's values with their counts, the chosen one kept even
 * when nothing matches it any more (so the form shows what the URL asks for).
 */
record FacetChoices(String name, String facet, List<Choice> options) {

  /** One value of a drop-down. */
  record Choice(String value, long count, boolean selected) {}

  private static final List<String[]> FILTERS =
      List.of(
          new String[] {"stage", "STAGE"},
          new String[] {"department", "DEPARTMENT"},
          new String[] {"dealer", "DEALER"},
          new String[] {"agent", "OWNER"},
          new String[] {"type", "TICKET_TYPE"});

  static List<FacetChoices> of(BoardParams params, Map<String, List<FacetCount>> facets) {
    List<FacetChoices> all = new ArrayList<>();
    for (String[] filter : FILTERS) {
      String chosen = params.value(filter[0]);
      List<Choice> options = new ArrayList<>();
      boolean found = false;
      for (FacetCount c : facets.getOrDefault(filter[1], List.of())) {
        boolean selected = c.value().equals(chosen);
        found |= selected;
        options.add(new Choice(c.value(), c.count(), selected));
      }
      if (chosen != null && !found) {
        options.add(new Choice(chosen, 0, true));
      }
      all.add(new FacetChoices(filter[0], filter[1], options));
    }
    return all;
  }
}
