package com.followup.campaign.dispatch;

import com.followup.campaign.bulk.SqlValues;
import com.followup.campaign.dealer.DealerDirectory;
import com.followup.campaign.followup.FollowUpStatus;
import com.followup.campaign.followup.StepWindow;
import com.followup.campaign.forecast.PendingHours;
import com.followup.campaign.ids.IdBlocks;
import com.followup.campaign.progress.ProgressDeltas;
import com.followup.campaign.report.SettledRollup;
import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.CampaignTimelines;
import com.followup.campaign.timeline.DefaultCampaigns;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Books SLA callbacks as follow-ups of the callback campaign, so they are dialed through the same
 * compliance gate as every other call. One follow-up per ticket target: a target started again (the
 * ticket reopened) brings its follow-up back with the new deadline.
 */
@Singleton
public class CallbackFollowUps {

  static final String UNKNOWN_ZONE = "UNKNOWN";

  private final TransactionOperations<Connection> transactions;
  private final CampaignTimelines timelines;
  private final DealerDirectory dealers;
  private final IdBlocks ids;
  private final Clock clock;

  CallbackFollowUps(
      TransactionOperations<Connection> transactions,
      CampaignTimelines timelines,
      DealerDirectory dealers,
      IdBlocks ids,
      Clock clock) {
    this.transactions = transactions;
    this.timelines = timelines;
    this.dealers = dealers;
    this.ids = ids;
    this.clock = clock;
  }

  /** Books the callback in the caller's transaction (or a new one); returns the follow-up's id. */
  public long book(CallbackRequest request) {
    Instant now = clock.instant();
    CampaignTimeline campaign = timelines.current(DefaultCampaigns.CALLBACK).orElseThrow();
    String zoneName = zone(request);
    StepWindow window = new StepWindow(now, request.dueAt());
    StepWindow.Standing standing =
        ComplianceGate.zoneOf(zoneName)
            .map(zone -> window.scheduleFrom(now, zone, campaign.callingRules()))
            .orElse(new StepWindow.Standing(now, FollowUpStatus.SCHEDULED, null, now));
    return transactions.executeWrite(
        status -> {
          Connection c = status.getConnection();
          // the link first, then a locking read only of a link that exists: a locking read of a
          // missing key gap-locks the end of the index, and two tickets opened at once then
          // deadlock on their inserts
          long reserved = ids.reserve("follow_up", 1);
          Optional<Long> existing = Optional.empty();
          if (!link(c, reserved, request)) {
            existing = existing(c, request);
            if (existing.isEmpty()) {
              throw new IllegalStateException(
                  "the callback link of ticket " + request.ticketId() + " vanished while booked");
            }
          }
          long id = existing.orElse(reserved);
          Object[] values = {
            request.dealerCode(),
            campaign.code(),
            campaign.version(),
            request.phone(),
            zoneName,
            now,
            request.dueAt(),
            standing.nextAttempt(),
            standing.wakeAt(),
            now,
            request.ticketId(),
            request.target(),
            id
          };
          ProgressDeltas progress = new ProgressDeltas();
          Optional<Booked> before = existing.isPresent() ? booked(c, id) : Optional.empty();
          before.ifPresentOrElse(
              b ->
                  progress.rewritten(
                      b.dealer(),
                      b.campaign(),
                      b.step(),
                      b.status(),
                      b.missedReason(),
                      request.dealerCode(),
                      campaign.code(),
                      1,
                      "SCHEDULED"),
              () -> progress.added(request.dealerCode(), campaign.code(), 1, "SCHEDULED", null));
          if (before.isPresent()) {
            // a new row has nothing to leave; the counting read of a missing key would gap-lock
            // follow_up's primary key, and two tickets booked at once deadlock on their inserts
            PendingHours.leaving(c, List.of(id));
            SettledRollup.markRow(c, id); // an ended step's row is reused: its day changes
          }
          try (PreparedStatement write = c.prepareStatement(before.isPresent() ? RESET : INSERT)) {
            SqlValues.bindAll(write, values);
            write.executeUpdate();
          }
          PendingHours.entering(c, List.of(id));
          progress.write(c);
          if (existing.isPresent()) {
            try (PreparedStatement unqueue =
                c.prepareStatement("DELETE FROM dial_queue WHERE follow_up_id = ?")) {
              SqlValues.bindAll(unqueue, id);
              unqueue.executeUpdate();
            }
          }
          return id;
        });
  }

  /** The ticket a follow-up calls back for, when it is an SLA callback. */
  public Optional<Long> ticketOf(long followUpId) {
    return transactions.executeRead(
        status -> {
          try (PreparedStatement select =
              status
                  .getConnection()
                  .prepareStatement("SELECT ticket_id FROM follow_up WHERE id = ?")) {
            select.setLong(1, followUpId);
            try (ResultSet row = select.executeQuery()) {
              if (!row.next()) {
                return Optional.<Long>empty();
              }
              long ticket = row.getLong(1);
              return row.wasNull() ? Optional.<Long>empty() : Optional.of(ticket);
            }
          }
        });
  }

  /**
   * The callback target was met another way (recorded by hand): a callback not yet dialed is
   * cancelled; one on the phone now ends with its outcome.
   */
  public void settle(long ticketId, String target) {
    Instant now = clock.instant();
    transactions.executeWrite(
        status -> {
          Connection c = status.getConnection();
          Optional<Booked> open = bookedFor(c, ticketId, target).filter(Booked::open);
          if (open.isEmpty()) {
            return 0;
          }
          try (PreparedStatement history =
                  c.prepareStatement(
                      "INSERT INTO follow_up_event (follow_up_id, happened_at, status, reason)"
                          + " SELECT f.id, ?, 'CANCELLED', 'TARGET_MET' FROM ticket_callback t"
                          + " JOIN follow_up f ON f.id = t.follow_up_id WHERE t.ticket_id = ? AND"
                          + " t.target = ? AND f.status IN ('SCHEDULED', 'DUE')");
              PreparedStatement cancel =
                  c.prepareStatement(
                      "UPDATE follow_up SET status = 'CANCELLED', wake_at = NULL, missed_reason ="
                          + " 'TARGET_MET' WHERE id = (SELECT follow_up_id FROM ticket_callback"
                          + " WHERE ticket_id = ? AND target = ?) AND status IN ('SCHEDULED', 'DUE')")) {
            SqlValues.bindAll(history, now, ticketId, target);
            history.executeUpdate();
            String callback =
                "id = (SELECT follow_up_id FROM ticket_callback WHERE ticket_id = ? AND target = ?)";
            PendingHours.leavingWhere(c, callback, ticketId, target);
            SqlValues.bindAll(cancel, ticketId, target);
            int cancelled = cancel.executeUpdate();
            PendingHours.enteringWhere(c, callback, ticketId, target);
            ProgressDeltas progress = new ProgressDeltas();
            Booked b = open.get();
            progress.moved(
                b.dealer(),
                b.campaign(),
                b.step(),
                b.status(),
                b.missedReason(),
                "CANCELLED",
                "TARGET_MET");
            progress.write(c);
            dequeue(c, ticketId, target);
            return cancelled;
          }
        });
  }

  /** A callback's follow-up as it stands, read under its row lock. */
  private record Booked(
      String dealer, String campaign, int step, String status, String missedReason) {
    boolean open() {
      return "SCHEDULED".equals(status) || "DUE".equals(status);
    }
  }

  private static Optional<Booked> booked(Connection c, long id) throws SQLException {
    return lockedBooking(c, "f.id = ?", id);
  }

  private static Optional<Booked> bookedFor(Connection c, long ticketId, String target)
      throws SQLException {
    return lockedBooking(
        c,
        "f.id = (SELECT follow_up_id FROM ticket_callback WHERE ticket_id = ? AND target = ?)",
        ticketId,
        target);
  }

  private static Optional<Booked> lockedBooking(Connection c, String where, Object... values)
      throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT f.dealer_code, f.campaign, f.step, f.status, f.missed_reason FROM follow_up f"
                + " WHERE "
                + where
                + " FOR UPDATE")) {
      SqlValues.bindAll(select, values);
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(
                new Booked(
                    row.getString(1),
                    row.getString(2),
                    row.getInt(3),
                    row.getString(4),
                    row.getString(5)))
            : Optional.empty();
      }
    }
  }

  private static void dequeue(Connection c, long ticketId, String target) throws SQLException {
    try (PreparedStatement dequeue =
        c.prepareStatement(
            "DELETE FROM dial_queue WHERE follow_up_id = (SELECT follow_up_id FROM"
                + " ticket_callback WHERE ticket_id = ? AND target = ?)")) {
      SqlValues.bindAll(dequeue, ticketId, target);
      dequeue.executeUpdate();
    }
  }

  private static final String INSERT =
      "INSERT INTO follow_up (dealer_code, campaign, campaign_version, phone, timezone,"
          + " window_start, deadline, next_attempt_at, wake_at, created_at, ticket_id,"
          + " ticket_target, id, step, status, attempts)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 'SCHEDULED', 0)";

  private static final String RESET =
      "UPDATE follow_up SET dealer_code = ?, campaign = ?, campaign_version = ?, phone = ?,"
          + " timezone = ?, window_start = ?, deadline = ?, next_attempt_at = ?, wake_at = ?,"
          + " created_at = ?, status = 'SCHEDULED', attempts = 0, missed_reason = NULL,"
          + " last_outcome = NULL, settled_at = NULL, ticket_id = ?, ticket_target = ? WHERE id = ?";

  /** Links the ticket's target to {@code followUpId}; false when it is linked already. */
  private static boolean link(Connection c, long followUpId, CallbackRequest request)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT IGNORE INTO ticket_callback (follow_up_id, ticket_id, target)"
                + " VALUES (?, ?, ?)")) {
      SqlValues.bindAll(insert, followUpId, request.ticketId(), request.target());
      return insert.executeUpdate() == 1;
    }
  }

  private static Optional<Long> existing(Connection c, CallbackRequest request)
      throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT follow_up_id FROM ticket_callback WHERE ticket_id = ? AND target = ?"
                + " FOR UPDATE")) {
      SqlValues.bindAll(select, request.ticketId(), request.target());
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
      }
    }
  }

  /** The customer's zone: the number's own, else the dealer's; unknown stops the gate. */
  private String zone(CallbackRequest request) {
    PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    try {
      List<String> zones =
          PhoneNumberToTimeZonesMapper.getInstance()
              .getTimeZonesForNumber(phones.parse(request.phone(), "ZZ"));
      if (zones.size() == 1
          && !zones.get(0).equals(PhoneNumberToTimeZonesMapper.getUnknownTimeZone())) {
        return ZoneId.of(zones.get(0)).getId();
      }
    } catch (NumberParseException e) {
      // fall back to the dealer's zone
    }
    return Optional.ofNullable(request.dealerCode())
        .flatMap(dealers::find)
        .map(dealer -> dealer.zone().getId())
        .orElse(UNKNOWN_ZONE);
  }
}
