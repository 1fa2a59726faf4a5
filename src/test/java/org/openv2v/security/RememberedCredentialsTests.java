package org.openv2v.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

class RememberedCredentialsTests {

  private int checks;
  private Instant now = Instant.parse("2026-11-24T09:00:00Z");

  private final AuthenticationProvider checker =
      new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication request) {
          checks++;
          if (!"secret".equals(request.getCredentials())) {
            throw new BadCredentialsException("bad");
          }
          return UsernamePasswordAuthenticationToken.authenticated(
              request.getName(), null, List.of());
        }

        @Override
        public boolean supports(Class<?> type) {
          return true;
        }
      };

  private final RememberedCredentials remembered =
      new RememberedCredentials(
          checker,
          new Clock() {
            @Override
            public Instant instant() {
              return now;
            }

            @Override
            public java.time.ZoneId getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
              return this;
            }
          });

  @Test
  void should_check_a_password_once_and_remember_the_success_for_a_minute() {
    assertThat(remembered.authenticate(login("nurse", "secret")).isAuthenticated()).isTrue();
    remembered.authenticate(login("nurse", "secret"));
    assertThat(checks).isEqualTo(1);
    now = now.plus(RememberedCredentials.REMEMBER_FOR).plusSeconds(1);
    remembered.authenticate(login("nurse", "secret"));
    assertThat(checks).isEqualTo(2);
  }

  @Test
  void should_never_remember_a_failure_nor_accept_another_password() {
    remembered.authenticate(login("nurse", "secret"));
    assertThatThrownBy(() -> remembered.authenticate(login("nurse", "guess")))
        .isInstanceOf(BadCredentialsException.class);
    assertThatThrownBy(() -> remembered.authenticate(login("nurse", "guess")))
        .isInstanceOf(BadCredentialsException.class);
    assertThat(checks).isEqualTo(3);
  }

  @Test
  void should_keep_users_apart() {
    remembered.authenticate(login("nurse", "secret"));
    assertThat(remembered.authenticate(login("physician", "secret")).getName())
        .isEqualTo("physician");
    assertThat(checks).isEqualTo(2);
  }

  private static UsernamePasswordAuthenticationToken login(String user, String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
  }
}
