package com.followup.dialer.dialing;

import static com.followup.dialer.db.SqlStatements.first;
import static com.followup.dialer.db.SqlStatements.update;

import com.followup.dialer.pacing.PacingMode;
import com.followup.dialer.telephony.MachineBehaviour;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;

/** Each campaign's dialing settings ({@code dialer_campaign_settings}), defaults when unset. */
@Singleton
public class CampaignDialingSettings {

  private final TransactionOperations<Connection> transactions;
  private final DialerSettings settings;
  private final Clock clock;

  CampaignDialingSettings(
      TransactionOperations<Connection> transactions, DialerSettings settings, Clock clock) {
    this.transactions = transactions;
    this.settings = settings;
    this.clock = clock;
  }

  /** The campaign's settings, or the defaults when its manager set none. */
  public CampaignDialing of(String campaign) {
    CampaignDialing stored =
        transactions.executeRead(
            s ->
                first(
                    s.getConnection(),
                    "SELECT campaign, mode, abandonment_cap, machine_behaviour, machine_message,"
                        + " abandon_message, wrap_up_seconds, recording_announcement"
                        + " FROM dialer_campaign_settings"
                        + " WHERE campaign = ?",
                    CampaignDialingSettings::read,
                    campaign));
    return stored != null ? stored : CampaignDialing.defaults(campaign, settings);
  }

  /** Replaces the campaign's settings. */
  public CampaignDialing save(CampaignDialing dialing, String by) {
    transactions.executeWrite(
        s -> {
          Connection c = s.getConnection();
          update(c, "DELETE FROM dialer_campaign_settings WHERE campaign = ?", dialing.campaign());
          return update(
              c,
              "INSERT INTO dialer_campaign_settings (campaign, mode, abandonment_cap,"
                  + " machine_behaviour, machine_message, abandon_message, wrap_up_seconds,"
                  + " updated_at, updated_by, recording_announcement)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              dialing.campaign(),
              dialing.mode(),
              dialing.abandonmentCap(),
              dialing.machineBehaviour(),
              dialing.machineMessage(),
              dialing.abandonMessage(),
              dialing.wrapUpSeconds(),
              clock.instant(),
              by,
              dialing.recordingAnnouncement());
        });
    return of(dialing.campaign());
  }

  private static CampaignDialing read(ResultSet row) throws SQLException {
    int wrapUp = row.getInt("wrap_up_seconds");
    boolean noWrapUp = row.wasNull();
    return new CampaignDialing(
        row.getString("campaign"),
        PacingMode.valueOf(row.getString("mode")),
        row.getDouble("abandonment_cap"),
        MachineBehaviour.valueOf(row.getString("machine_behaviour")),
        row.getString("machine_message"),
        row.getString("abandon_message"),
        noWrapUp ? null : wrapUp,
        row.getString("recording_announcement"));
  }
}
