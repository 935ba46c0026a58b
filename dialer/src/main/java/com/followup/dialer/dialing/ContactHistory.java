package com.followup.dialer.dialing;

import static com.followup.dialer.db.SqlStatements.list;

import com.followup.campaign.bulk.SqlValues;
import com.followup.campaign.dispatch.CallToPlace;
import com.followup.dialer.agent.Agent;
import com.followup.dialer.agent.Agents;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The earlier calls to the phone of the agent's current call, newest first. */
@Singleton
public class ContactHistory {

  /** How many earlier calls are shown. */
  public static final int LIMIT = 20;

  private static final String EARLIER =
      "SELECT d.attempt_id, d.follow_up_id, d.campaign, d.details, d.created_at, d.agent,"
          + " d.outcome, d.satisfied, d.notes, a.placed_at, a.talk_seconds"
          + " FROM dialer_call d LEFT JOIN call_attempt a ON a.id = d.attempt_id"
          + " WHERE d.phone = (SELECT phone FROM dialer_call WHERE attempt_id = ?)"
          + " AND d.attempt_id <> ?"
          + " AND d.created_at <= (SELECT created_at FROM dialer_call WHERE attempt_id = ?)"
          + " ORDER BY d.created_at DESC, d.attempt_id DESC LIMIT "
          + LIMIT;

  private final Agents agents;
  private final TransactionOperations<Connection> transactions;
  private final JsonMapper json;

  ContactHistory(Agents agents, TransactionOperations<Connection> transactions, JsonMapper json) {
    this.agents = agents;
    this.transactions = transactions;
    this.json = json;
  }

  /** The earlier calls to the phone of the agent's call; empty when the agent holds no call. */
  public Optional<List<EarlierCall>> ofCurrentCall(String username) {
    Agent agent = agents.find(username).orElse(null);
    if (agent == null || !agent.holdsCall()) {
      return Optional.empty();
    }
    long attempt = agent.attemptId().value();
    return Optional.of(
        transactions.executeRead(
            s -> list(s.getConnection(), EARLIER, this::read, attempt, attempt, attempt)));
  }

  private EarlierCall read(ResultSet row) throws SQLException {
    CallToPlace call;
    try {
      call = json.readValue(row.getString("details"), CallToPlace.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Instant placed = SqlValues.instant(row, "placed_at");
    int talk = row.getInt("talk_seconds");
    Integer talkSeconds = row.wasNull() ? null : talk;
    boolean satisfied = row.getBoolean("satisfied");
    Boolean satisfiedAnswer = row.wasNull() ? null : satisfied;
    return new EarlierCall(
        row.getLong("attempt_id"),
        row.getLong("follow_up_id"),
        placed != null ? placed : SqlValues.instant(row, "created_at"),
        row.getString("campaign"),
        call.step(),
        row.getString("outcome"),
        row.getString("agent"),
        talkSeconds,
        satisfiedAnswer,
        row.getString("notes"));
  }
}
