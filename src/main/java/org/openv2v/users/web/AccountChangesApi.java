package org.openv2v.users.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.openv2v.users.AccountChange;
import org.openv2v.users.UserAdministration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The record of changes to accounts, for auditors. */
@RestController
@Tag(name = "Audit")
@RequiredArgsConstructor
class AccountChangesApi {

  private final UserAdministration users;

  @GetMapping("/api/v1/audit/account-changes")
  @PreAuthorize("hasRole('AUDITOR')")
  @Operation(
      summary = "Changes to accounts, newest first (AUDITOR)",
      description =
          "Who changed which account, when, and what changed: creation, role, sites, name shown,"
              + " disabling, enabling and password resets (never the password).")
  List<AccountChange> changes(
      @RequestParam Optional<String> username, @RequestParam(defaultValue = "100") int limit) {
    return users.changes(username, Math.min(Math.max(limit, 1), 1000));
  }
}
