package org.openv2v.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** The throttle on the real database table every node shares; names are fresh per test. */
@IntegrationTest
class SignInThrottleTests {

  @Autowired JdbcClient jdbc;

  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-24T09:00:00Z"));
  private final SecretChecker checker = new SecretChecker();
  private final String nurse = "nurse-" + UUID.randomUUID();
  private final String physician = "physician-" + UUID.randomUUID();
  private SignInThrottle throttle;
  private ThrottledSignIn signIn;

  @BeforeEach
  void throttle() {
    throttle = new SignInThrottle(jdbc, 3, 15, clock);
    signIn = new ThrottledSignIn(checker, throttle);
  }

  @Test
  void should_lock_a_name_after_the_configured_failures_even_for_the_right_password() {
    fail(nurse, 3);
    assertThatThrownBy(() -> signIn.authenticate(attempt(nurse, "secret")))
        .isInstanceOf(LockedException.class)
        .hasMessageContaining("try again after 09:15 UTC");
    assertThat(checker.checks).as("a locked name is not even checked").isEqualTo(3);
  }

  @Test
  void should_unlock_after_the_lock_period() {
    fail(nurse, 3);
    clock.advance(Duration.ofMinutes(15).plusSeconds(1));
    assertThat(signIn.authenticate(attempt(nurse, "secret")).isAuthenticated()).isTrue();
  }

  @Test
  void should_not_forget_failures_at_a_sign_in_that_resends_the_password() {
    // HTTP Basic resends the right password with every call: it must not wipe the count of the
    // wrong signature passwords typed between calls.
    fail(nurse, 2);
    signIn.authenticate(attempt(nurse, "secret"));
    fail(nurse, 1);
    assertThat(throttle.lockedUntil(nurse)).isPresent();
  }

  @Test
  void should_count_each_name_apart_and_ignore_case() {
    fail(nurse.toUpperCase(java.util.Locale.ROOT).substring(0, 1) + nurse.substring(1), 2);
    fail(physician, 2);
    fail(nurse.toUpperCase(java.util.Locale.ROOT), 1);
    assertThat(throttle.lockedUntil(nurse)).contains(clock.instant().plus(Duration.ofMinutes(15)));
    assertThat(throttle.lockedUntil(physician)).isEmpty();
  }

  @Test
  void should_start_counting_afresh_when_old_failures_are_past_the_period() {
    fail(nurse, 2);
    clock.advance(Duration.ofMinutes(16));
    fail(nurse, 2);
    assertThat(throttle.lockedUntil(nurse)).isEmpty();
  }

  @Test
  void should_refuse_nonsense_settings() {
    assertThatThrownBy(() -> new SignInThrottle(jdbc, 0, 15, clock))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private void fail(String name, int times) {
    for (int i = 0; i < times; i++) {
      assertThatThrownBy(() -> signIn.authenticate(attempt(name, "guess")))
          .isInstanceOf(BadCredentialsException.class);
    }
  }

  private static Authentication attempt(String name, String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
  }
}
