package com.followup.campaign.forecast;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;

/** One key of {@code follow_up_pending}, in {@link PendingHours#KEY}'s order. */
record PendingKey(
    String status,
    long wakeHour,
    String campaign,
    int campaignVersion,
    int step,
    String timezone,
    int attempts,
    long nextHour,
    long deadlineHour,
    int deadlineOnHour)
    implements Comparable<PendingKey> {

  private static final Comparator<PendingKey> ORDER =
      Comparator.comparing(PendingKey::status)
          .thenComparingLong(PendingKey::wakeHour)
          .thenComparing(PendingKey::campaign)
          .thenComparingInt(PendingKey::campaignVersion)
          .thenComparingInt(PendingKey::step)
          .thenComparing(PendingKey::timezone)
          .thenComparingInt(PendingKey::attempts)
          .thenComparingLong(PendingKey::nextHour)
          .thenComparingLong(PendingKey::deadlineHour)
          .thenComparingInt(PendingKey::deadlineOnHour);

  /** Reads the key from {@code first} on. */
  static PendingKey read(ResultSet row, int first) throws SQLException {
    return new PendingKey(
        row.getString(first),
        row.getLong(first + 1),
        row.getString(first + 2),
        row.getInt(first + 3),
        row.getInt(first + 4),
        row.getString(first + 5),
        row.getInt(first + 6),
        row.getLong(first + 7),
        row.getLong(first + 8),
        row.getInt(first + 9));
  }

  Object[] values() {
    return new Object[] {
      status,
      wakeHour,
      campaign,
      campaignVersion,
      step,
      timezone,
      attempts,
      nextHour,
      deadlineHour,
      deadlineOnHour
    };
  }

  @Override
  public int compareTo(PendingKey o) {
    return ORDER.compare(this, o);
  }
}
