package com.followup.campaign.dispatch;

import com.followup.campaign.bulk.SqlValues;
import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.CampaignTimelines;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the agent sees of a taken call: the record, the customer and the next step's dates. */
@Singleton
class CallDetails {

  private record RecordRow(
      String recordId,
      String type,
      String customerName,
      String product,
      String serialNumber,
      String parts,
      Instant eventTime) {}

  private final CampaignTimelines timelines;

  CallDetails(CampaignTimelines timelines) {
    this.timelines = timelines;
  }

  List<CallToPlace> of(Connection c, List<DueFollowUp> taken) throws SQLException {
    Map<Long, RecordRow> records = records(c, taken);
    List<CallToPlace> calls = new ArrayList<>();
    for (DueFollowUp f : taken) {
      RecordRow r = records.getOrDefault(f.recordPk(), callback(f));
      calls.add(
          new CallToPlace(
              f.id(),
              f.dealerCode(),
              r.recordId(),
              r.type(),
              f.campaign(),
              f.campaignVersion(),
              f.step(),
              f.phone(),
              f.timezone(),
              r.customerName(),
              r.product(),
              r.serialNumber(),
              r.parts(),
              r.eventTime(),
              f.deadline(),
              f.attempts() + 1,
              nextStep(f, r.eventTime()),
              f.channel(),
              CallToPlace.languageOf(f.phone())));
    }
    return calls;
  }

  /** What a callback follow-up shows in place of a dealer's record: its ticket. */
  private static RecordRow callback(DueFollowUp f) {
    String ticket = f.ticketId() == null ? "" : "ticket " + f.ticketId();
    return new RecordRow(ticket, "CALLBACK", "", f.ticketTarget(), null, null, f.windowStart());
  }

  /** The step after {@code f} for a record whose event was at {@code eventTime}, if any. */
  NextStep nextStep(DueFollowUp f, Instant eventTime) {
    CampaignTimeline timeline = timelines.version(f.campaign(), f.campaignVersion()).orElseThrow();
    return NextStepPlanner.next(timeline, f, eventTime)
        .map(NextStepPlanner.Next::view)
        .orElse(null);
  }

  private static Map<Long, RecordRow> records(Connection c, List<DueFollowUp> taken)
      throws SQLException {
    Map<Long, RecordRow> found = new HashMap<>();
    if (taken.isEmpty()) {
      return found;
    }
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT id, record_id, record_type, customer_name, product, serial_number, parts,"
                + " event_time FROM dealer_record WHERE id IN ("
                + String.join(", ", Collections.nCopies(taken.size(), "?"))
                + ")")) {
      SqlValues.bindAll(select, taken.stream().map(DueFollowUp::recordPk).toArray());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          found.put(
              rows.getLong(1),
              new RecordRow(
                  rows.getString(2),
                  rows.getString(3),
                  rows.getString(4),
                  rows.getString(5),
                  rows.getString(6),
                  rows.getString(7),
                  SqlValues.instant(rows, 8)));
        }
      }
    }
    return found;
  }
}
