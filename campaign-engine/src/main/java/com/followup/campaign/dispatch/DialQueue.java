package com.followup.campaign.dispatch;

import com.followup.campaign.followup.FollowUpStatus;
import com.followup.campaign.timeline.CampaignTimelines;
import com.followup.campaign.timeline.StepChannel;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The dialer's queue: released (DUE) follow-ups of a campaign, earliest deadline first. Taking a
 * call passes the compliance gate again at the moment of dialing (a do-not-call entry added while
 * it waited, the daily limit, calling hours) and takes the contact's one dial path; the call is
 * DIALING until its outcome is recorded or its lease runs out.
 */
@Singleton
public class DialQueue {

  private final TransactionOperations<Connection> transactions;
  private final CampaignTimelines timelines;
  private final ComplianceGate gate;
  private final DispatchSettings settings;
  private final CallDetails details;
  private final ApplicationEventPublisher<FollowUpsMissed> missedEvents;
  private final Clock clock;
  private final NextStepPlanner planner;

  DialQueue(
      TransactionOperations<Connection> transactions,
      CampaignTimelines timelines,
      DispatchSettings settings,
      CallDetails details,
      ApplicationEventPublisher<FollowUpsMissed> missedEvents,
      Clock clock,
      NextStepPlanner planner) {
    this.planner = planner;
    this.transactions = transactions;
    this.timelines = timelines;
    this.gate = new ComplianceGate(settings.undecidedRetry());
    this.settings = settings;
    this.details = details;
    this.missedEvents = missedEvents;
    this.clock = clock;
  }

  /** Takes up to {@code max} agents' calls of {@code campaign} to place now. */
  public List<CallToPlace> take(String campaign, int max) {
    return take(campaign, StepChannel.AGENT, max);
  }

  /**
   * Takes up to {@code max} steps of {@code campaign} on {@code channel} to carry out now: agents'
   * calls, automated survey calls or texts. Each passed the gate (an automated step also needs the
   * customer's consent and no opt-out of its channel) and holds the contact's one dial path.
   */
  public List<CallToPlace> take(String campaign, StepChannel channel, int max) {
    Instant now = clock.instant();
    return transactions.executeWrite(
        status -> {
          Connection c = status.getConnection();
          FollowUpChanges changes = new FollowUpChanges(now);
          List<DueFollowUp> queued = queued(c, campaign, channel, max);
          Map<Long, ContactFacts> facts = ContactFactsReader.read(c, queued, now);
          List<DueFollowUp> taken = new ArrayList<>();
          Instant leaseUntil = now.plus(settings.dialLease());
          for (DueFollowUp f : queued) {
            Verdict verdict = gate.check(f, facts.get(f.id()), now);
            if (!(verdict instanceof Verdict.Dial)) {
              planner.holdBack(c, f, verdict, changes, now);
            } else if (DialPaths.take(c, f, now, leaseUntil)) {
              changes.dialing(f, leaseUntil);
              ContactFactsReader.countDial(c, f, now);
              taken.add(f);
            } // else another call to this contact is open: it stays queued
          }
          changes.apply(c, clock.instant(), missedEvents);
          return details.of(c, taken);
        });
  }

  /** How many agents' calls of {@code campaign} wait in the queue. */
  public int waiting(String campaign) {
    return waiting(campaign, StepChannel.AGENT);
  }

  /** How many steps of {@code campaign} on {@code channel} wait in the queue. */
  public int waiting(String campaign, StepChannel channel) {
    return transactions.executeRead(
        status -> {
          try (PreparedStatement count =
              status
                  .getConnection()
                  .prepareStatement(
                      "SELECT COUNT(*) FROM dial_queue WHERE campaign = ? AND channel = ?")) {
            count.setString(1, campaign);
            count.setString(2, channel.name());
            try (ResultSet row = count.executeQuery()) {
              row.next();
              return row.getInt(1);
            }
          }
        });
  }

  /** How many steps on {@code channel} wait, per campaign (campaigns with none are left out). */
  public Map<String, Long> waitingByCampaign(StepChannel channel) {
    return transactions.executeRead(
        status -> {
          Map<String, Long> waiting = new java.util.TreeMap<>();
          try (PreparedStatement count =
              status
                  .getConnection()
                  .prepareStatement(
                      "SELECT campaign, COUNT(*) FROM dial_queue WHERE channel = ?"
                          + " GROUP BY campaign")) {
            count.setString(1, channel.name());
            try (ResultSet rows = count.executeQuery()) {
              while (rows.next()) {
                waiting.put(rows.getString(1), rows.getLong(2));
              }
            }
          }
          return waiting;
        });
  }

  /** How many follow-ups wait in the queue, per campaign (campaigns with none are left out). */
  public java.util.Map<String, Long> waitingByCampaign() {
    return transactions.executeRead(
        status -> {
          java.util.Map<String, Long> waiting = new java.util.TreeMap<>();
          try (PreparedStatement count =
                  status
                      .getConnection()
                      .prepareStatement(
                          "SELECT campaign, COUNT(*) FROM dial_queue GROUP BY campaign");
              ResultSet rows = count.executeQuery()) {
            while (rows.next()) {
              waiting.put(rows.getString(1), rows.getLong(2));
            }
          }
          return waiting;
        });
  }

  private List<DueFollowUp> queued(Connection c, String campaign, StepChannel channel, int max)
      throws SQLException {
    List<DueFollowUp> queued = new ArrayList<>();
    List<Long> stale = new ArrayList<>();
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT "
                + DueFollowUp.COLUMNS_OF_F
                + " FROM dial_queue q JOIN follow_up f ON f.id = q.follow_up_id WHERE q.campaign = ?"
                + " AND q.channel = ? ORDER BY q.deadline LIMIT ? FOR UPDATE SKIP LOCKED")) {
      select.setString(1, campaign);
      select.setString(2, channel.name());
      select.setInt(3, max);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          DueFollowUp f = DueFollowUp.read(rows, timelines);
          if (f.status() == FollowUpStatus.DUE) {
            queued.add(f);
          } else {
            stale.add(f.id()); // left the queue by a path that could not dequeue it
          }
        }
      }
    }
    for (Long id : stale) {
      try (PreparedStatement dequeue =
          c.prepareStatement("DELETE FROM dial_queue WHERE follow_up_id = ?")) {
        dequeue.setLong(1, id);
        dequeue.executeUpdate();
      }
    }
    return queued;
  }
}
