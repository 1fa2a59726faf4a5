package org.openv2v.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

class RememberedCredentialsTests {

  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-24T09:00:00Z"));
  private final SecretChecker checker = new SecretChecker();
  private long revision;
  private final RememberedCredentials remembered =
      new RememberedCredentials(checker, name -> revision, clock);

  @Test
  void should_check_a_password_once_and_remember_the_success_for_a_minute() {
    assertThat(remembered.authenticate(login("nurse", "secret")).isAuthenticated()).isTrue();
    remembered.authenticate(login("nurse", "secret"));
    assertThat(checker.checks).isEqualTo(1);
    clock.advance(RememberedCredentials.REMEMBER_FOR.plusSeconds(1));
    remembered.authenticate(login("nurse", "secret"));
    assertThat(checker.checks).isEqualTo(2);
  }

  @Test
  void should_never_remember_a_failure_nor_accept_another_password() {
    remembered.authenticate(login("nurse", "secret"));
    assertThatThrownBy(() -> remembered.authenticate(login("nurse", "guess")))
        .isInstanceOf(BadCredentialsException.class);
    assertThatThrownBy(() -> remembered.authenticate(login("nurse", "guess")))
        .isInstanceOf(BadCredentialsException.class);
    assertThat(checker.checks).isEqualTo(3);
  }

  @Test
  void should_check_again_once_another_node_has_revoked_the_users_sign_ins() {
    remembered.authenticate(login("nurse", "secret"));
    revision++;
    remembered.authenticate(login("nurse", "secret"));
    remembered.authenticate(login("nurse", "secret"));
    assertThat(checker.checks).isEqualTo(2);
  }

  @Test
  void should_keep_users_apart() {
    remembered.authenticate(login("nurse", "secret"));
    assertThat(remembered.authenticate(login("physician", "secret")).getName())
        .isEqualTo("physician");
    assertThat(checker.checks).isEqualTo(2);
  }

  private static UsernamePasswordAuthenticationToken login(String user, String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
  }
}
