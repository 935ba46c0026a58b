package com.followup.admin.reports;

import com.followup.campaign.report.SettledSteps;
import com.followup.dialer.report.AttemptHour;
import java.util.Locale;

/**
 * Whose figures a dashboard shows: the whole centre, or one campaign, dealer or agent. Not every
 * figure is recorded for every scope: attempts carry a campaign and an agent but no dealer; steps
 * carry a campaign and a dealer but no agent; tickets carry a dealer (and a breach its owner) but
 * no campaign. The {@code has…} methods say which figures a scope has.
 *
 * @param key the campaign's code, dealer's code or agent's user name; null for the centre
 */
public record ReportScope(Kind kind, String key) {

  /** The kinds of scope. */
  public enum Kind {
    CENTRE,
    CAMPAIGN,
    DEALER,
    AGENT;

    /** The name used in addresses and breakdowns: {@code campaign}, {@code dealer} ... */
    public String param() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The longest key accepted (the longest code or user name the modules store). */
  public static final int MAX_KEY = 128;

  public static final ReportScope CENTRE = new ReportScope(Kind.CENTRE, null);

  public ReportScope {
    if (kind == null) {
      throw new IllegalArgumentException("a report scope needs a kind");
    }
    if (kind == Kind.CENTRE) {
      key = null;
    } else {
      key = key == null ? "" : key.trim();
      if (key.isEmpty() || key.length() > MAX_KEY) {
        throw new IllegalArgumentException(
            kind.param() + " must be 1 to " + MAX_KEY + " characters");
      }
    }
  }

  /** The scope of at most one of the three filters; none given is the centre. */
  public static ReportScope of(String campaign, String dealer, String agent) {
    ReportScope scope = CENTRE;
    int given = 0;
    if (given(campaign)) {
      scope = new ReportScope(Kind.CAMPAIGN, campaign);
      given++;
    }
    if (given(dealer)) {
      scope = new ReportScope(Kind.DEALER, dealer);
      given++;
    }
    if (given(agent)) {
      scope = new ReportScope(Kind.AGENT, agent);
      given++;
    }
    if (given > 1) {
      throw new IllegalArgumentException("give at most one of campaign, dealer and agent");
    }
    return scope;
  }

  private static boolean given(String value) {
    return value != null && !value.isBlank();
  }

  public boolean isCentre() {
    return kind == Kind.CENTRE;
  }

  /** Dials, connects, handle times: attempts carry a campaign and an agent. */
  public boolean hasCalls() {
    return kind != Kind.DEALER;
  }

  /** Abandoned calls reached no agent, so they are the centre's and a campaign's only. */
  public boolean hasAbandonment() {
    return kind == Kind.CENTRE || kind == Kind.CAMPAIGN;
  }

  /** Time in state (occupancy) is an agent's, not a campaign's. */
  public boolean hasAgentTime() {
    return kind == Kind.CENTRE || kind == Kind.AGENT;
  }

  /** Follow-up steps carry a campaign and a dealer. */
  public boolean hasSteps() {
    return kind != Kind.AGENT;
  }

  /** SLA targets and re-complaints belong to a ticket, which carries a dealer. */
  public boolean hasSlaTargets() {
    return kind == Kind.CENTRE || kind == Kind.DEALER;
  }

  /** A breach carries its dealer and its owner. */
  public boolean hasBreaches() {
    return kind != Kind.CAMPAIGN;
  }

  boolean keeps(AttemptHour h) {
    return switch (kind) {
      case CENTRE -> true;
      case CAMPAIGN -> key.equals(h.campaign());
      case AGENT -> key.equals(h.agent());
      case DEALER -> false;
    };
  }

  boolean keeps(SettledSteps s) {
    return switch (kind) {
      case CENTRE -> true;
      case CAMPAIGN -> key.equals(s.campaign());
      case DEALER -> key.equals(s.dealerCode());
      case AGENT -> false;
    };
  }

  /** A ticket's figure of {@code dealer}; for an agent, a breach's {@code owner}. */
  boolean keeps(String dealer, String owner) {
    return switch (kind) {
      case CENTRE -> true;
      case DEALER -> key.equals(dealer);
      case AGENT -> key.equals(owner);
      case CAMPAIGN -> false;
    };
  }
}
