package org.openv2v.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@code max-failures} wrong passwords for one user name within the
 * lock period, that name is refused for the lock period whatever password comes next, on the form,
 * over HTTP Basic and at signature re-entry alike (OWASP ASVS 2.2.1). The lock is temporary, so an
 * attacker can delay a user but not shut them out for good; a success clears the count.
 *
 * <p>The count lives in the database, so every node sees it: an attacker gets five guesses for the
 * whole cluster, not five per node. Each failure is one atomic upsert (no read-then-write race
 * between nodes), and the lock check one primary-key read.
 */
@Component
public class SignInThrottle {

  private final JdbcClient jdbc;
  private final int maxFailures;
  private final Duration lockFor;
  private final Clock clock;

  SignInThrottle(
      JdbcClient jdbc,
      @Value("${openv2v.security.sign-in.max-failures:5}") int maxFailures,
      @Value("${openv2v.security.sign-in.lock-minutes:15}") int lockMinutes,
      Clock clock) {
    if (maxFailures < 1 || lockMinutes < 1) {
      throw new IllegalArgumentException(
          "openv2v.security.sign-in.max-failures and lock-minutes must be at least 1");
    }
    this.jdbc = jdbc;
    this.maxFailures = maxFailures;
    this.lockFor = Duration.ofMinutes(lockMinutes);
    this.clock = clock;
  }

  /** When the name is locked now, the moment it unlocks. */
  public Optional<Instant> lockedUntil(String username) {
    Instant now = clock.instant();
    return jdbc.sql("select locked_until from security.sign_in_failure where username = ?")
        .param(key(username))
        .query((row, n) -> Optional.ofNullable(row.getObject(1, OffsetDateTime.class)))
        .optional()
        .flatMap(until -> until)
        .map(OffsetDateTime::toInstant)
        .filter(now::isBefore);
  }

  void failed(String username) {
    Instant now = clock.instant();
    // Forgets counts that no longer matter, so names sprayed by an attacker do not pile up.
    jdbc.sql(
            "delete from security.sign_in_failure where first_failed_at < ?"
                + " and (locked_until is null or locked_until < ?)")
        .param(at(now.minus(lockFor)))
        .param(at(now))
        .update();
    // A count starts afresh once its first failure is past the period and no lock holds.
    String fresh =
        "(f.first_failed_at < :stale and (f.locked_until is null or f.locked_until < :now))";
    String count = "case when " + fresh + " then 1 else f.failures + 1 end";
    jdbc.sql(
            "insert into security.sign_in_failure as f"
                + " (username, failures, first_failed_at, locked_until)"
                + " values (:name, 1, :now, case when 1 >= :max then :until end)"
                + " on conflict (username) do update set"
                + " failures = "
                + count
                + ", first_failed_at = case when "
                + fresh
                + " then :now else f.first_failed_at end"
                + ", locked_until = case when "
                + count
                + " >= :max then :until end")
        .param("name", key(username))
        .param("now", at(now))
        .param("stale", at(now.minus(lockFor)))
        .param("until", at(now.plus(lockFor)))
        .param("max", maxFailures)
        .update();
  }

  void succeeded(String username) {
    jdbc.sql("delete from security.sign_in_failure where username = ?")
        .param(key(username))
        .update();
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static String key(String username) {
    return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
  }
}
