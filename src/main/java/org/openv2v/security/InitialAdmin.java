package org.openv2v.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A new server database has no accounts and demo users are never created there, so the first
 * administrator comes from {@code openv2v.admin.initial-password}, read once.
 */
@Component
@Order(100)
class InitialAdmin implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

  private final UserAccounts accounts;
  private final String initialPassword;

  InitialAdmin(
      UserAccounts accounts, @Value("${openv2v.admin.initial-password:}") String initialPassword) {
    this.accounts = accounts;
    this.initialPassword = initialPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!initialPassword.isBlank()) {
      // Refused before anything is stored: a weak first password would guard every account.
      List<PasswordProblem> problems = PasswordPolicy.standard().problems("admin", initialPassword);
      if (!problems.isEmpty()) {
        throw new IllegalStateException(
            "--openv2v.admin.initial-password "
                + problems.stream().map(PasswordProblem::english).collect(Collectors.joining("; "))
                + ". Start again with a better one.");
      }
    }
    if (accounts.anyExist()) {
      return;
    }
    if (initialPassword.isBlank()) {
      log.warn(
          "No user accounts exist. Start once with --openv2v.admin.initial-password=... to create"
              + " the account 'admin'.");
      return;
    }
    accounts.createIfAbsent(
        new NewUser("admin", "Administrator", Role.ADMIN, Set.of(), initialPassword, false));
    log.info("Created the administrator account 'admin'.");
  }
}
