package org.openv2v.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Part of readiness: in demo mode the platform is ready only once the demo's users exist, so that
 * "sign in as coordinator/coordinator" works the moment health says UP.
 */
@Component("signIn")
class SignInReadiness implements HealthIndicator {

  private final AccountDirectory accounts;
  private final boolean demo;

  SignInReadiness(AccountDirectory accounts, @Value("${openv2v.demo:false}") boolean demo) {
    this.accounts = accounts;
    this.demo = demo;
  }

  @Override
  public Health health() {
    if (!demo) {
      return Health.up().build();
    }
    try {
      accounts.loadUserByUsername("coordinator");
      return Health.up().withDetail("demoUsers", "loaded").build();
    } catch (UsernameNotFoundException e) {
      return Health.outOfService().withDetail("demoUsers", "not loaded yet").build();
    }
  }
}
