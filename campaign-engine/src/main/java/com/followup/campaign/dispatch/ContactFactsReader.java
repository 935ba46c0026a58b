package com.followup.campaign.dispatch;

import com.followup.campaign.bulk.SqlValues;
import com.followup.campaign.timeline.StepChannel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the do-not-call entries and today's dial counts of a batch's contacts in two queries. */
final class ContactFactsReader {

  private ContactFactsReader() {}

  /** The facts of each follow-up's contact, by follow-up id. */
  static Map<Long, ContactFacts> read(Connection c, List<DueFollowUp> batch, Instant now)
      throws SQLException {
    Set<String> phones = new HashSet<>();
    Set<LocalDate> days = new HashSet<>();
    for (DueFollowUp f : batch) {
      phones.add(f.phone());
      localDay(f, now).ifPresent(days::add);
    }
    Set<String> doNotCall = doNotCall(c, phones);
    Map<String, Integer> dials = days.isEmpty() ? Map.of() : dials(c, phones, days);
    List<DueFollowUp> automated = batch.stream().filter(f -> f.channel().agentless()).toList();
    Set<Long> consented = automated.isEmpty() ? Set.of() : consented(c, automated);
    Map<String, Set<StepChannel>> optedOut =
        automated.isEmpty() ? Map.of() : optedOut(c, automated);
    Map<Long, ContactFacts> facts = new HashMap<>();
    for (DueFollowUp f : batch) {
      int today = localDay(f, now).map(day -> dials.getOrDefault(key(f.phone(), day), 0)).orElse(0);
      facts.put(
          f.id(),
          new ContactFacts(
              doNotCall.contains(f.phone()),
              today,
              consented.contains(f.recordPk()),
              optedOut.getOrDefault(f.phone(), Set.of())));
    }
    return facts;
  }

  /** The records of automated steps whose customer agreed to automated calls and texts. */
  private static Set<Long> consented(Connection c, List<DueFollowUp> automated)
      throws SQLException {
    Set<Long> records = new HashSet<>();
    automated.forEach(f -> records.add(f.recordPk()));
    Set<Long> consented = new HashSet<>();
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT id FROM dealer_record WHERE consent = TRUE AND id IN " + marks(records))) {
      SqlValues.bindAll(select, records.toArray());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          consented.add(rows.getLong(1));
        }
      }
    }
    return consented;
  }

  private static Map<String, Set<StepChannel>> optedOut(Connection c, List<DueFollowUp> automated)
      throws SQLException {
    Set<String> phones = new HashSet<>();
    automated.forEach(f -> phones.add(f.phone()));
    Map<String, Set<StepChannel>> optedOut = new HashMap<>();
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT phone, channel FROM contact_opt_out WHERE phone IN " + marks(phones))) {
      SqlValues.bindAll(select, phones.toArray());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          optedOut
              .computeIfAbsent(rows.getString(1), phone -> EnumSet.noneOf(StepChannel.class))
              .add(StepChannel.valueOf(rows.getString(2)));
        }
      }
    }
    return optedOut;
  }

  static Optional<LocalDate> localDay(DueFollowUp f, Instant now) {
    return ComplianceGate.zoneOf(f.timezone()).map(zone -> now.atZone(zone).toLocalDate());
  }

  private static Set<String> doNotCall(Connection c, Set<String> phones) throws SQLException {
    Set<String> listed = new HashSet<>();
    if (phones.isEmpty()) {
      return listed;
    }
    try (PreparedStatement select =
        c.prepareStatement("SELECT phone FROM do_not_call WHERE phone IN " + marks(phones))) {
      SqlValues.bindAll(select, phones.toArray());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          listed.add(rows.getString(1));
        }
      }
    }
    return listed;
  }

  private static Map<String, Integer> dials(Connection c, Set<String> phones, Set<LocalDate> days)
      throws SQLException {
    Map<String, Integer> counts = new HashMap<>();
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT phone, dial_day, attempts FROM contact_day WHERE phone IN "
                + marks(phones)
                + " AND dial_day IN "
                + marks(days))) {
      Object[] values = new Object[phones.size() + days.size()];
      int i = 0;
      for (String phone : phones) {
        values[i++] = phone;
      }
      for (LocalDate day : days) {
        values[i++] = day;
      }
      SqlValues.bindAll(select, values);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          counts.put(key(rows.getString(1), rows.getObject(2, LocalDate.class)), rows.getInt(3));
        }
      }
    }
    return counts;
  }

  private static String key(String phone, LocalDate day) {
    return phone + "@" + day;
  }

  private static String marks(Collection<?> values) {
    return "(" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")";
  }

  /** Counts one dial attempt to the contact on its local day. */
  static void countDial(Connection c, DueFollowUp f, Instant now) throws SQLException {
    Optional<LocalDate> day = localDay(f, now);
    if (day.isEmpty()) {
      return;
    }
    try (PreparedStatement upsert =
        c.prepareStatement(
            "INSERT INTO contact_day (phone, dial_day, attempts) VALUES (?, ?, 1)"
                + " ON DUPLICATE KEY UPDATE attempts = attempts + 1")) {
      SqlValues.bindAll(upsert, f.phone(), day.get());
      upsert.executeUpdate();
    }
  }
}
