package org.openv2v.security;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;

/** Puts the {@link SignInThrottle} in front of the password check for form and Basic sign-in. */
class ThrottledSignIn implements AuthenticationProvider {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final AuthenticationProvider checker;
  private final SignInThrottle throttle;

  ThrottledSignIn(AuthenticationProvider checker, SignInThrottle throttle) {
    this.checker = checker;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication request) {
    String name = request.getName();
    throttle
        .lockedUntil(name)
        .ifPresent(
            until -> {
              throw new LockedException(
                  "Too many failed sign-ins for this user name; try again after "
                      + TIME.format(until)
                      + ".");
            });
    try {
      Authentication result = checker.authenticate(request);
      if (result != null && result.isAuthenticated()) {
        throttle.succeeded(name);
      }
      return result;
    } catch (BadCredentialsException e) {
      throttle.failed(name);
      throw e;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return checker.supports(authentication);
  }
}
