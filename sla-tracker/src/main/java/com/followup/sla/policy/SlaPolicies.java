package com.followup.sla.policy;

import com.followup.sla.db.SlaDatabase;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The versions of every ticket type's policy. Version 1 is {@link DefaultPolicies}, written on
 * first use; managers revise a policy by adding the next version. A version never changes.
 */
@Singleton
public class SlaPolicies {

  private static final String SYSTEM = "system";

  private final SlaDatabase db;
  private final ObjectMapper json;
  private final Clock clock;
  private final Map<String, SlaPolicy> versions = new ConcurrentHashMap<>();

  SlaPolicies(SlaDatabase db, ObjectMapper json, Clock clock) {
    this.db = db;
    this.json = json;
    this.clock = clock;
  }

  /** The version new tickets of this type are opened under. */
  @Transactional
  public SlaPolicy current(TicketType type) {
    return db.queryOne(
            "SELECT definition FROM sla_policy WHERE ticket_type = ? ORDER BY version DESC LIMIT 1",
            row -> parse(row.getString(1)),
            type)
        .orElseGet(() -> writeDefault(type));
  }

  /** The current version of every ticket type. */
  @Transactional
  public List<SlaPolicy> allCurrent() {
    return Arrays.stream(TicketType.values()).map(this::current).toList();
  }

  /** One version, as a ticket opened under it sees it. */
  @Transactional
  public SlaPolicy version(TicketType type, int version) {
    return versions.computeIfAbsent(
        type + "/" + version,
        key ->
            db.queryOne(
                    "SELECT definition FROM sla_policy WHERE ticket_type = ? AND version = ?",
                    row -> parse(row.getString(1)),
                    type,
                    version)
                .orElseThrow(
                    () -> new IllegalStateException("no policy " + type + " v" + version)));
  }

  /** Every version of a type's policy, newest first. */
  @Transactional
  public List<PolicyVersion> history(TicketType type) {
    current(type);
    return db.query(
        "SELECT definition, created_at, created_by FROM sla_policy WHERE ticket_type = ?"
            + " ORDER BY version DESC",
        row ->
            new PolicyVersion(
                parse(row.getString(1)), SlaDatabase.instant(row, "created_at"), row.getString(3)),
        type);
  }

  /**
   * Makes {@code revised} the next version of its type's policy; open tickets keep theirs.
   *
   * @param revised the new rules; its version number is ignored
   * @param author who revised it
   */
  @Transactional
  public SlaPolicy revise(SlaPolicy revised, String author) {
    SlaPolicy current = current(revised.ticketType());
    SlaPolicy next = revised.withVersion(current.version() + 1);
    insert(next, author);
    return next;
  }

  private SlaPolicy writeDefault(TicketType type) {
    SlaPolicy first = DefaultPolicies.of(type);
    try {
      insert(first, SYSTEM);
    } catch (DataAccessException raced) {
      // another instance wrote version 1 first; it is the same default
    }
    return first;
  }

  private void insert(SlaPolicy policy, String author) {
    db.update(
        "INSERT INTO sla_policy (ticket_type, version, definition, created_at, created_by)"
            + " VALUES (?, ?, ?, ?, ?)",
        policy.ticketType(),
        policy.version(),
        write(policy),
        clock.instant(),
        author);
  }

  private String write(SlaPolicy policy) {
    try {
      return json.writeValueAsString(policy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SlaPolicy parse(String definition) {
    try {
      return json.readValue(definition, SlaPolicy.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
