package com.followup.admin.security;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

/**
 * Signs and verifies tokens with one HMAC key shared by every instance: the configured one
 * (FOLLOWUP_JWT_SECRET), else a random key created once in the database on first start.
 */
@Factory
class SigningKeyFactory {

  private static final String KEY_NAME = "jwt-signing-key";

  @Singleton
  @Named("generator")
  SignatureGeneratorConfiguration signature(
      AppSecrets secrets,
      Clock clock,
      @Value("${followup.security.jwt-secret:}") String configured) {
    String key = configured.isBlank() ? sharedKey(secrets, clock) : configured;
    if (key.length() < 32) {
      throw new IllegalStateException(
          "followup.security.jwt-secret must be at least 32 characters");
    }
    SecretSignatureConfiguration config = new SecretSignatureConfiguration("generator");
    config.setJwsAlgorithm(JWSAlgorithm.HS256);
    config.setSecret(key);
    return new SecretSignature(config);
  }

  private static String sharedKey(AppSecrets secrets, Clock clock) {
    return secrets
        .findById(KEY_NAME)
        .map(AppSecret::secretValue)
        .orElseGet(
            () -> {
              byte[] random = new byte[48];
              new SecureRandom().nextBytes(random);
              String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
              try {
                secrets.save(new AppSecret(KEY_NAME, key, clock.instant()));
                return key;
              } catch (DataAccessException raced) {
                // another instance created it first: use theirs
                return secrets.findById(KEY_NAME).orElseThrow().secretValue();
              }
            });
  }

  @MappedEntity("app_secret")
  record AppSecret(@Id String name, String secretValue, java.time.Instant createdAt) {}

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface AppSecrets extends CrudRepository<AppSecret, String> {}
}
