package com.followup.dialer.recording;

import static com.followup.dialer.db.SqlStatements.first;
import static com.followup.dialer.db.SqlStatements.update;

import com.followup.campaign.bulk.SqlValues;
import com.followup.dialer.db.SqlStatements;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recordings of calls ({@code call_recording}): kept when the provider reports one, played
 * through the application, deleted once their retention ends. Audio of the provider's stays there
 * ({@link RecordingArchive}); the simulator's is kept in this table.
 */
@Singleton
public class Recordings {

  private static final Logger LOG = LoggerFactory.getLogger(Recordings.class);
  private static final int BATCH = 100;
  private static final Duration RETRY_DELETE = Duration.ofHours(1);
  private static final String COLUMNS =
      "attempt_id, provider_sid, status, media_type, duration_seconds, channels, recorded_at,"
          + " delete_after, deleted_at";

  private final TransactionOperations<Connection> transactions;
  private final RecordingSettings settings;
  private final @Nullable RecordingArchive provider;
  private final Clock clock;

  /** Audio kept in this table: served with its ranges here, deleted with the row's update. */
  private final RecordingArchive stored =
      new RecordingArchive() {
        @Override
        public Audio open(Recording recording, String range) {
          byte[] audio = storedAudio(recording.attemptId());
          if (audio == null) {
            throw new RecordingUnavailable("the audio of this recording is gone");
          }
          Optional<ByteRange> asked = ByteRange.of(range, audio.length);
          if (asked.isEmpty()) {
            return new Audio(
                recording.mediaType(),
                false,
                false,
                audio.length,
                null,
                new ByteArrayInputStream(audio));
          }
          ByteRange r = asked.get();
          InputStream body =
              r.satisfiable()
                  ? new ByteArrayInputStream(audio, (int) r.first(), (int) r.length())
                  : InputStream.nullInputStream();
          return new Audio(
              recording.mediaType(),
              r.satisfiable(),
              !r.satisfiable(),
              r.length(),
              r.contentRange(),
              body);
        }

        @Override
        public void delete(Recording recording) {
          // the audio goes with the row's update to DELETED
        }
      };

  Recordings(
      TransactionOperations<Connection> transactions,
      RecordingSettings settings,
      @Nullable RecordingArchive provider,
      Clock clock) {
    this.transactions = transactions;
    this.settings = settings;
    this.provider = provider;
    this.clock = clock;
  }

  /**
   * Keeps the provider's recording of an attempt; false when the attempt's recording was kept
   * before (a replayed callback changes nothing).
   */
  public boolean keepProvider(
      long attemptId, String providerSid, String mediaType, int seconds, int channels) {
    return insert(attemptId, providerSid, mediaType, seconds, channels, null);
  }

  /** Keeps audio made here (the simulator's); false when the attempt has a recording already. */
  public boolean keepAudio(
      long attemptId, String mediaType, int seconds, int channels, byte[] audio) {
    return insert(attemptId, null, mediaType, seconds, channels, audio);
  }

  public Optional<Recording> find(long attemptId) {
    return Optional.ofNullable(
        transactions.executeRead(
            s ->
                first(
                    s.getConnection(),
                    "SELECT " + COLUMNS + " FROM call_recording WHERE attempt_id = ?",
                    Recordings::read,
                    attemptId)));
  }

  /** The recordings of some attempts, by attempt id (attempts without one are absent). */
  public Map<Long, Recording> of(Collection<Long> attemptIds) {
    if (attemptIds.isEmpty()) {
      return Map.of();
    }
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM call_recording WHERE attempt_id IN ("
            + String.join(", ", Collections.nCopies(attemptIds.size(), "?"))
            + ")";
    List<Recording> found =
        transactions.executeRead(
            s ->
                SqlStatements.list(s.getConnection(), sql, Recordings::read, attemptIds.toArray()));
    return found.stream().collect(Collectors.toMap(Recording::attemptId, Function.identity()));
  }

  /**
   * The audio of an attempt's recording, or the byte range asked for; empty when the attempt has no
   * recording or it was deleted.
   */
  public Optional<Audio> open(long attemptId, @Nullable String range) {
    return find(attemptId).filter(Recording::available).map(r -> archiveOf(r).open(r, range));
  }

  /**
   * Deletes the recordings whose retention has ended, at the provider and here; returns how many.
   */
  public int deleteExpired(Instant now) {
    List<Recording> expired =
        transactions.executeRead(
            s ->
                SqlStatements.list(
                    s.getConnection(),
                    "SELECT "
                        + COLUMNS
                        + " FROM call_recording WHERE status = 'AVAILABLE' AND delete_after <= ?"
                        + " ORDER BY delete_after LIMIT "
                        + BATCH,
                    Recordings::read,
                    now));
    int deleted = 0;
    for (Recording r : expired) {
      try {
        archiveOf(r).delete(r);
      } catch (RuntimeException e) {
        LOG.warn(
            "recording of attempt {} could not be deleted yet, trying again in {}: {}",
            r.attemptId(),
            RETRY_DELETE,
            e.toString());
        transactions.executeWrite(
            s ->
                update(
                    s.getConnection(),
                    "UPDATE call_recording SET delete_after = ? WHERE attempt_id = ?",
                    now.plus(RETRY_DELETE),
                    r.attemptId()));
        continue;
      }
      deleted +=
          transactions.executeWrite(
              s ->
                  update(
                      s.getConnection(),
                      "UPDATE call_recording SET status = 'DELETED', audio = NULL, deleted_at = ?"
                          + " WHERE attempt_id = ? AND status = 'AVAILABLE'",
                      clock.instant(),
                      r.attemptId()));
    }
    return deleted;
  }

  /** When the next recording's retention ends. */
  public Optional<Instant> nextExpiry() {
    return Optional.ofNullable(
        transactions.executeRead(
            s ->
                first(
                    s.getConnection(),
                    "SELECT MIN(delete_after) FROM call_recording WHERE status = 'AVAILABLE'",
                    row -> SqlValues.instant(row, 1))));
  }

  /** The audio kept here for an attempt, or null. */
  @Nullable
  byte[] storedAudio(long attemptId) {
    return transactions.executeRead(
        s ->
            first(
                s.getConnection(),
                "SELECT audio FROM call_recording WHERE attempt_id = ? AND audio IS NOT NULL",
                row -> row.getBytes(1),
                attemptId));
  }

  private RecordingArchive archiveOf(Recording r) {
    if (r.providerSid() == null) {
      return stored;
    }
    if (provider == null) {
      throw new RecordingUnavailable(
          "recording " + r.providerSid() + " is at a provider this instance does not reach");
    }
    return provider;
  }

  private boolean insert(
      long attemptId, String sid, String mediaType, int seconds, int channels, byte[] audio) {
    Instant now = clock.instant();
    return transactions.executeWrite(
        s -> {
          Connection c = s.getConnection();
          if (first(c, "SELECT 1 FROM call_recording WHERE attempt_id = ?", r -> 1, attemptId)
              != null) {
            return false;
          }
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO call_recording (attempt_id, provider_sid, status, media_type,"
                      + " duration_seconds, channels, audio, recorded_at, delete_after)"
                      + " VALUES (?, ?, 'AVAILABLE', ?, ?, ?, ?, ?, ?)")) {
            SqlValues.bindAll(
                insert,
                attemptId,
                sid,
                mediaType,
                Math.max(0, seconds),
                channels,
                null,
                now,
                now.plus(settings.retention()));
            insert.setBytes(6, audio);
            insert.executeUpdate();
            return true;
          } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
              return false; // the same recording, kept by another instance just now
            }
            throw e;
          }
        });
  }

  private static Recording read(ResultSet row) throws SQLException {
    return new Recording(
        row.getLong("attempt_id"),
        row.getString("provider_sid"),
        RecordingStatus.valueOf(row.getString("status")),
        row.getString("media_type"),
        row.getInt("duration_seconds"),
        row.getInt("channels"),
        SqlValues.instant(row, "recorded_at"),
        SqlValues.instant(row, "delete_after"),
        SqlValues.instant(row, "deleted_at"));
  }
}
