package com.followup.admin.console.session;

import com.followup.admin.security.Role;
import com.followup.admin.user.UserAccessRevoked;
import com.followup.admin.user.UserProfile;
import com.followup.admin.user.UserProfiles;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Console sessions in the database, so every instance of a cluster knows them and sign-out ends a
 * session everywhere at once. The user's roles and dealer are read fresh on each request, so a
 * disabled user is out at the next click.
 */
@Singleton
public class SessionStore {

  /** How stale last_seen_at may get before a request writes it again. */
  private static final Duration TOUCH_EVERY = Duration.ofSeconds(30);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ConsoleSessionRows rows;
  private final UserProfiles users;
  private final SessionSettings settings;
  private final Clock clock;

  SessionStore(ConsoleSessionRows rows, UserProfiles users, SessionSettings settings, Clock clock) {
    this.rows = rows;
    this.users = users;
    this.settings = settings;
    this.clock = clock;
  }

  /** A new session for a user who just proved their password; returns the cookie's token. */
  public String open(UserProfile user, String zone) {
    Instant now = clock.instant();
    rows.deleteEnded(now);
    String token = randomToken();
    rows.save(
        new ConsoleSession(
            hash(token),
            user.username(),
            randomToken(),
            HomeRole.of(user.roles()).name(),
            zone,
            now,
            now,
            now.plus(settings.idleTimeout()),
            now.plus(settings.maxLifetime())));
    return token;
  }

  /** The live session behind a cookie token, extending its idle time; empty when it has ended. */
  public Optional<SignedIn> find(String token) {
    Instant now = clock.instant();
    ConsoleSession session = rows.findById(hash(token)).orElse(null);
    if (session == null || !session.liveAt(now)) {
      return Optional.empty();
    }
    UserProfile user = users.find(session.username()).filter(UserProfile::enabled).orElse(null);
    if (user == null || user.roles().isEmpty()) {
      rows.deleteById(session.tokenHash());
      return Optional.empty();
    }
    if (session.lastSeenAt().plus(TOUCH_EVERY).isBefore(now)) {
      rows.touch(session.tokenHash(), now, now.plus(settings.idleTimeout()));
    }
    Role active = Role.parse(session.activeRole());
    if (!user.roles().contains(active)) {
      active = HomeRole.of(user.roles());
    }
    return Optional.of(
        new SignedIn(
            session.tokenHash(),
            user.username(),
            user.roles(),
            active,
            user.dealerCode(),
            session.csrfToken(),
            session.zone(),
            user.departmentCode()));
  }

  /**
   * Whether the session is still live (not signed out, not past its idle time or its end); a live
   * one counts as used now, since a desk kept open on its live events is a desk in use.
   */
  public boolean isLive(SignedIn session) {
    Instant now = clock.instant();
    boolean live =
        rows.findById(session.tokenHash()).map(s -> s.liveAt(now)).orElse(false)
            && users.find(session.username()).map(UserProfile::enabled).orElse(false);
    if (live) {
      rows.touch(session.tokenHash(), now, now.plus(settings.idleTimeout()));
    }
    return live;
  }

  public void switchRole(SignedIn session, Role role) {
    if (!session.roles().contains(role)) {
      throw new IllegalArgumentException("you do not hold the role " + role);
    }
    rows.switchRole(session.tokenHash(), role.name());
  }

  public void changeZone(SignedIn session, String zone) {
    rows.changeZone(session.tokenHash(), zone);
  }

  public void close(SignedIn session) {
    rows.deleteById(session.tokenHash());
  }

  /**
   * A disabled user, or one given a new password, is signed out of every session now. The rows are
   * shared by every instance, so the user's next click anywhere lands on the sign-in page.
   */
  @EventListener
  void onAccessRevoked(UserAccessRevoked revoked) {
    rows.deleteAllOf(revoked.username());
  }

  /** Ends every session that is past its end (also done at each sign-in). */
  public int sweep() {
    return rows.deleteEnded(clock.instant());
  }

  private static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String token) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
