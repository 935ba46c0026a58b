package com.followup.admin.console.session;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SignInFailureRows extends CrudRepository<SignInFailure, Long> {

  @Query("SELECT COUNT(*) FROM sign_in_failure WHERE username = :username AND failed_at > :since")
  long countByUser(String username, Instant since);

  @Query("SELECT COUNT(*) FROM sign_in_failure WHERE address = :address AND failed_at > :since")
  long countByAddress(String address, Instant since);

  @Query(
      "SELECT MIN(failed_at) FROM sign_in_failure WHERE username = :username AND failed_at >"
          + " :since")
  Optional<Instant> firstByUser(String username, Instant since);

  @Query(
      "SELECT MIN(failed_at) FROM sign_in_failure WHERE address = :address AND failed_at >"
          + " :since")
  Optional<Instant> firstByAddress(String address, Instant since);

  @Query(
      "SELECT COUNT(*) FROM sign_in_failure WHERE address = :address AND username = :username"
          + " AND failed_at > :since")
  long countByAddressAndUser(String address, String username, Instant since);

  @Query("DELETE FROM sign_in_failure WHERE username = :username")
  int forget(String username);

  @Query("DELETE FROM sign_in_failure WHERE failed_at <= :before")
  int forgetBefore(Instant before);
}
