package com.followup.campaign.timeline;

import com.followup.campaign.bulk.SqlValues;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Campaign timelines by version: read the current one, any earlier one, or add the next. */
@Singleton
public class CampaignTimelines {

  private static final String LATEST =
      "SELECT v.definition FROM campaign_version v WHERE v.version ="
          + " (SELECT MAX(l.version) FROM campaign_version l WHERE l.code = v.code)";

  private final TransactionOperations<Connection> transactions;
  private final JsonMapper json;
  private final Clock clock;
  private final Map<String, CampaignTimeline> versions = new ConcurrentHashMap<>();

  CampaignTimelines(TransactionOperations<Connection> transactions, JsonMapper json, Clock clock) {
    this.transactions = transactions;
    this.json = json;
    this.clock = clock;
  }

  /** The current version of every campaign, by code. */
  public List<CampaignTimeline> current() {
    return transactions.executeRead(
        status -> read(status.getConnection(), LATEST + " ORDER BY v.code"));
  }

  public Optional<CampaignTimeline> current(String code) {
    return transactions.executeRead(
        status ->
            read(status.getConnection(), LATEST + " AND v.code = ?", code).stream().findFirst());
  }

  /** A given version, as the follow-ups planned under it see it (cached: versions never change). */
  public Optional<CampaignTimeline> version(String code, int version) {
    CampaignTimeline known = versions.get(code + "#" + version);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<CampaignTimeline> read = readVersion(code, version);
    read.ifPresent(found -> versions.put(code + "#" + version, found));
    return read;
  }

  private Optional<CampaignTimeline> readVersion(String code, int version) {
    return transactions.executeRead(
        status ->
            read(
                    status.getConnection(),
                    "SELECT definition FROM campaign_version v WHERE v.code = ? AND v.version = ?",
                    code,
                    version)
                .stream()
                .findFirst());
  }

  /** Every version of a campaign, the newest first; empty for an unknown code. */
  public List<CampaignTimeline> history(String code) {
    return transactions.executeRead(
        status ->
            read(
                status.getConnection(),
                "SELECT definition FROM campaign_version v WHERE v.code = ? ORDER BY v.version DESC",
                code));
  }

  /**
   * Stores a draft as the campaign's next version (version 1 for a new code); earlier versions stay
   * as they were for the follow-ups planned under them.
   *
   * @throws InvalidTimeline when the draft fails {@link TimelineCheck}
   * @throws TimelineConflict when another change was stored at the same moment
   */
  public CampaignTimeline revise(CampaignTimeline draft, String by) {
    TimelineCheck.require(draft);
    return transactions.executeWrite(
        status -> {
          Connection c = status.getConnection();
          int next = current(draft.code()).map(CampaignTimeline::version).orElse(0) + 1;
          CampaignTimeline stored = draft.asVersion(next, clock.instant(), by);
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO campaign_version (code, version, definition, created_at, created_by)"
                      + " VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, stored.code());
            insert.setInt(2, next);
            insert.setString(3, json.writeValueAsString(stored));
            SqlValues.bind(insert, 4, stored.createdAt());
            insert.setString(5, by);
            insert.executeUpdate();
          } catch (SQLException duplicate) {
            if (readVersion(draft.code(), next).isPresent()) {
              throw new TimelineConflict(draft.code());
            }
            throw duplicate;
          }
          return stored;
        });
  }

  private List<CampaignTimeline> read(Connection c, String sql, Object... parameters)
      throws SQLException, IOException {
    List<CampaignTimeline> found = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          found.add(json.readValue(rows.getString(1), CampaignTimeline.class));
        }
      }
    }
    return found;
  }
}
