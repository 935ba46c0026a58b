package com.followup.admin.console.session;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ConsoleSessionRows extends CrudRepository<ConsoleSession, String> {

  @Query(
      "UPDATE console_session SET last_seen_at = :now, idle_until = :idleUntil"
          + " WHERE token_hash = :tokenHash")
  void touch(String tokenHash, Instant now, Instant idleUntil);

  @Query("UPDATE console_session SET active_role = :role WHERE token_hash = :tokenHash")
  void switchRole(String tokenHash, String role);

  @Query("UPDATE console_session SET zone = :zone WHERE token_hash = :tokenHash")
  void changeZone(String tokenHash, String zone);

  @Query("DELETE FROM console_session WHERE username = :username")
  int deleteAllOf(String username);

  @Query("DELETE FROM console_session WHERE ends_at < :now OR idle_until < :now")
  int deleteEnded(Instant now);
}
