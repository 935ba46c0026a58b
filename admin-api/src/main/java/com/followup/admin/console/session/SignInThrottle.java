package com.followup.admin.console.session;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Holds back password guessing at sign-in (the console form and {@code POST /login}): after {@link
 * SignInLimits#perUser()} failures for one user name within the window that name is refused until
 * the window passes; a client address with {@link SignInLimits#perAddress()} failures is refused
 * for the names it failed on, while other users signing in from the same address (a call centre
 * behind one NAT) go through. Failures are rows in the database, so every instance behind a load
 * balancer counts the same ones.
 */
@Singleton
public class SignInThrottle {

  static final int MAX_NAME = 128;
  static final int MAX_ADDRESS = 64;

  private final Clock clock;
  private final SignInFailureRows failures;
  private final SignInLimits limits;

  SignInThrottle(Clock clock, SignInFailureRows failures, SignInLimits limits) {
    this.clock = clock;
    this.failures = failures;
    this.limits = limits;
  }

  /** How long until this user may try again from this address, or empty when they may now. */
  @Transactional(readOnly = true)
  public Optional<Duration> refusal(String username, String address) {
    Instant now = clock.instant();
    Instant since = now.minus(limits.window());
    String user = name(username);
    String from = address(address);
    if (failures.countByUser(user, since) >= limits.perUser()) {
      return failures.firstByUser(user, since).map(first -> waitFrom(first, now));
    }
    if (failures.countByAddress(from, since) >= limits.perAddress()
        && failures.countByAddressAndUser(from, user, since) > 0) {
      return failures.firstByAddress(from, since).map(first -> waitFrom(first, now));
    }
    return Optional.empty();
  }

  @Transactional
  public void failed(String username, String address) {
    Instant now = clock.instant();
    // a spray of made-up names must not grow the table without end: forget what has expired
    failures.forgetBefore(now.minus(limits.window()));
    failures.save(new SignInFailure(null, name(username), address(address), now));
  }

  @Transactional
  public void succeeded(String username) {
    failures.forget(name(username));
  }

  private Duration waitFrom(Instant first, Instant now) {
    return Duration.between(now, first.plus(limits.window()));
  }

  private static String name(String username) {
    String user = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    return user.length() > MAX_NAME ? user.substring(0, MAX_NAME) : user;
  }

  private static String address(String address) {
    String a = address == null ? "" : address;
    return a.length() > MAX_ADDRESS ? a.substring(0, MAX_ADDRESS) : a;
  }
}
