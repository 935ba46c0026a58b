package com.followup.admin.console.session;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds back password guessing at the sign-in form: after five failures for one user name within 15
 * minutes that name is refused until the window passes; a client address with twenty failures is
 * refused for the names it failed on, while other users signing in from the same address (a call
 * centre behind one NAT) go through. Per instance: a cluster multiplies the allowance by its size,
 * which still stops guessing.
 */
@Singleton
public class SignInThrottle {

  static final int PER_USER = 5;
  static final int PER_ADDRESS = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);
  private static final int MAX_KEYS = 100_000;

  private final Map<String, Deque<Instant>> byUser = new ConcurrentHashMap<>();
  private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();
  private final Map<String, Instant> failedFromAddress = new ConcurrentHashMap<>();
  private final Clock clock;

  SignInThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long until this user may try again from this address, or empty when they may now. */
  public Optional<Duration> refusal(String username, String address) {
    Instant now = clock.instant();
    String user = username.toLowerCase(Locale.ROOT);
    Optional<Instant> userLock = over(byUser, user, PER_USER, now);
    if (userLock.isPresent()) {
      return userLock.map(first -> Duration.between(now, first.plus(WINDOW)));
    }
    Optional<Instant> addressLock = over(byAddress, address, PER_ADDRESS, now);
    Instant failedHere = failedFromAddress.get(address + "\n" + user);
    if (addressLock.isPresent() && failedHere != null && failedHere.plus(WINDOW).isAfter(now)) {
      return addressLock.map(first -> Duration.between(now, first.plus(WINDOW)));
    }
    return Optional.empty();
  }

  public void failed(String username, String address) {
    Instant now = clock.instant();
    String user = username.toLowerCase(Locale.ROOT);
    record(byUser, user, now);
    record(byAddress, address, now);
    failedFromAddress.put(address + "\n" + user, now);
    if (failedFromAddress.size() > MAX_KEYS) {
      // a spray of made-up names must not grow memory without end: forget what has expired
      failedFromAddress.values().removeIf(at -> at.plus(WINDOW).isBefore(now));
      forgetExpired(byUser, now);
      forgetExpired(byAddress, now);
    }
  }

  public void succeeded(String username) {
    byUser.remove(username.toLowerCase(Locale.ROOT));
  }

  private static void forgetExpired(Map<String, Deque<Instant>> failures, Instant now) {
    failures
        .values()
        .removeIf(
            times -> {
              synchronized (times) {
                prune(times, now);
                return times.isEmpty();
              }
            });
  }

  private static Optional<Instant> over(
      Map<String, Deque<Instant>> failures, String key, int limit, Instant now) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return Optional.empty();
    }
    synchronized (times) {
      prune(times, now);
      return times.size() >= limit ? Optional.of(times.peekFirst()) : Optional.empty();
    }
  }

  private static void record(Map<String, Deque<Instant>> failures, String key, Instant now) {
    Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      prune(times, now);
      times.addLast(now);
    }
  }

  private static void prune(Deque<Instant> times, Instant now) {
    while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
      times.removeFirst();
    }
  }
}
