package com.followup.admin.user;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;

/** BCrypt hashing of passwords; plain passwords are never stored or logged. */
@Singleton
class PasswordHasher {

  static final int MAX_BYTES = 72;

  private final int cost;
  private final String unusedHash;

  PasswordHasher(@Value("${followup.security.bcrypt-cost:10}") int cost) {
    this.cost = cost;
    this.unusedHash = hash("no user has this password");
  }

  String hash(String password) {
    return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
  }

  boolean matches(String password, String hash) {
    if (password == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      return false;
    }
    return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
  }

  /** Spends the time of a real check, so an unknown user answers as slowly as a known one. */
  void matchNothing(String password) {
    matches(password, unusedHash);
  }
}
