package com.followup.admin.user;

import com.followup.admin.security.Role;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the built-in {@code admin} user on first start, with FOLLOWUP_ADMIN_PASSWORD or else a
 * generated password printed once to the console (never to the log).
 */
@Singleton
public class BuiltInAdmin {

  /** The built-in admin's user name. */
  public static final String USERNAME = "admin";

  private static final Logger LOG = LoggerFactory.getLogger(BuiltInAdmin.class);

  private final UserAccounts accounts;
  private final PasswordHasher hasher;
  private final Clock clock;
  private final String configuredPassword;

  BuiltInAdmin(
      UserAccounts accounts,
      PasswordHasher hasher,
      Clock clock,
      @Value("${followup.admin.password:}") String configuredPassword) {
    this.accounts = accounts;
    this.hasher = hasher;
    this.clock = clock;
    this.configuredPassword = configuredPassword;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    ensureCreated()
        .ifPresent(
            password ->
                System.out.println(
                    "\n  Built-in user 'admin' created with the generated password: "
                        + password
                        + "\n  It is shown this once; set FOLLOWUP_ADMIN_PASSWORD before the first"
                        + " start to choose it.\n"));
  }

  /**
   * Creates the built-in admin unless it exists.
   *
   * @return the generated password when this call created the admin with one (the caller shows it,
   *     once); empty when the admin existed or got FOLLOWUP_ADMIN_PASSWORD
   */
  public Optional<String> ensureCreated() {
    if (accounts.existsByUsername(USERNAME)) {
      return Optional.empty();
    }
    boolean generated = configuredPassword.isBlank();
    String password = generated ? randomPassword() : configuredPassword;
    UserRegistration.checkPassword(password);
    try {
      accounts.save(
          UserAccount.create(
              USERNAME, hasher.hash(password), Set.of(Role.ADMIN), null, null, clock.instant()));
    } catch (DataAccessException raced) {
      LOG.info("Built-in admin user was created by another instance");
      return Optional.empty();
    }
    LOG.info("Built-in admin user created");
    return generated ? Optional.of(password) : Optional.empty();
  }

  /** How many users there are besides the built-in admin (none in a fresh installation). */
  public long countOthers() {
    return accounts.count() - (accounts.existsByUsername(USERNAME) ? 1 : 0);
  }

  private static String randomPassword() {
    byte[] random = new byte[15];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
