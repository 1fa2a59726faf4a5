package org.openv2v.security;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;

/**
 * Puts the {@link SignInThrottle} in front of the password check for form and Basic sign-in. Wrong
 * passwords count; failures are forgotten when their period has passed or at a correct signature
 * re-entry ({@link UserAccounts#verify}), never by a sign-in alone.
 */
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
      // A success here does not clear the count: HTTP Basic resends the right password with every
      // request, and would otherwise wipe the wrong signature passwords typed between them.
      return checker.authenticate(request);
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
