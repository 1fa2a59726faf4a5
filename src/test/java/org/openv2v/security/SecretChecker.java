package org.openv2v.security;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** A password check that knows one password, "secret", and counts how often it is asked. */
final class SecretChecker implements AuthenticationProvider {

  int checks;

  @Override
  public Authentication authenticate(Authentication request) {
    checks++;
    if (!"secret".equals(request.getCredentials())) {
      throw new BadCredentialsException("bad");
    }
    return UsernamePasswordAuthenticationToken.authenticated(request.getName(), null, List.of());
  }

  @Override
  public boolean supports(Class<?> type) {
    return true;
  }
}
