package org.openv2v.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@code max-failures} wrong passwords for one user name within the
 * lock period, that name is refused for the lock period whatever password comes next, on the form,
 * over HTTP Basic and at signature re-entry alike (OWASP ASVS 2.2.1). The lock is temporary, so an
 * attacker can delay a user but not shut them out for good; a success clears the count.
 */
@Component
public class SignInThrottle {

  private static final int MAX_TRACKED = 100_000;

  private final int maxFailures;
  private final Duration lockFor;
  private final Clock clock;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  SignInThrottle(
      @Value("${openv2v.security.sign-in.max-failures:5}") int maxFailures,
      @Value("${openv2v.security.sign-in.lock-minutes:15}") int lockMinutes,
      Clock clock) {
    if (maxFailures < 1 || lockMinutes < 1) {
      throw new IllegalArgumentException(
          "openv2v.security.sign-in.max-failures and lock-minutes must be at least 1");
    }
    this.maxFailures = maxFailures;
    this.lockFor = Duration.ofMinutes(lockMinutes);
    this.clock = clock;
  }

  private record Failures(int count, Instant first, Optional<Instant> lockedUntil) {}

  /** When the name is locked now, the moment it unlocks. */
  public Optional<Instant> lockedUntil(String username) {
    Failures known = failures.get(key(username));
    Instant now = clock.instant();
    return known == null
        ? Optional.empty()
        : known.lockedUntil().filter(until -> now.isBefore(until));
  }

  void failed(String username) {
    Instant now = clock.instant();
    if (failures.size() >= MAX_TRACKED) {
      failures.clear();
    }
    failures.compute(
        key(username),
        (name, known) -> {
          boolean fresh =
              known == null
                  || now.isAfter(known.first().plus(lockFor))
                      && known.lockedUntil().map(now::isAfter).orElse(true);
          int count = fresh ? 1 : known.count() + 1;
          Instant first = fresh ? now : known.first();
          Optional<Instant> locked =
              count >= maxFailures ? Optional.of(now.plus(lockFor)) : Optional.empty();
          return new Failures(count, first, locked);
        });
  }

  void succeeded(String username) {
    failures.remove(key(username));
  }

  private static String key(String username) {
    return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
  }
}
