package org.openv2v.users.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.openv2v.security.CurrentActor;
import org.openv2v.security.UserAccount;
import org.openv2v.users.AccountUpdate;
import org.openv2v.users.NewAccount;
import org.openv2v.users.PasswordReset;
import org.openv2v.users.UserAdministration;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Accounts for administrators: never a password or its hash in an answer. */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Users", description = "Accounts, their role and sites (ADMIN)")
@RequiredArgsConstructor
class UsersApi {

  private final UserAdministration users;
  private final CurrentActor currentActor;

  @GetMapping
  @Operation(summary = "Every account, by user name (ADMIN)")
  List<UserAccount> list() {
    return users.accounts();
  }

  @PostMapping
  @Operation(
      summary = "Open an account (ADMIN)",
      description =
          "The user name is 3 to 64 lower-case letters, digits, dots, dashes or underscores. The"
              + " password must be at least 12 characters, must not contain the user name and must"
              + " not be a common password (or one with digits added). Clinical roles, manufacturers"
              + " and couriers need at least one site of their kind. 409 when the name is taken.")
  ResponseEntity<UserAccount> create(@RequestBody NewAccount request) {
    UserAccount created = users.create(request, currentActor.get());
    return ResponseEntity.created(URI.create("/api/v1/users/" + created.username())).body(created);
  }

  @GetMapping("/{username}")
  @Operation(summary = "One account (ADMIN)")
  UserAccount get(@PathVariable String username) {
    return users.account(username);
  }

  @PutMapping("/{username}")
  @Operation(
      summary = "Change the name shown, the role and the sites (ADMIN)",
      description = "The user's open sessions end, so the change takes effect at once.")
  UserAccount change(@PathVariable String username, @RequestBody AccountUpdate request) {
    return users.change(username, request, currentActor.get());
  }

  @PostMapping("/{username}/disable")
  @Operation(
      summary = "Disable an account (ADMIN)",
      description =
          "The user can no longer sign in, call the API or sign custody steps; open sessions end."
              + " An administrator cannot disable their own account.")
  UserAccount disable(@PathVariable String username) {
    return users.enable(username, false, currentActor.get());
  }

  @PostMapping("/{username}/enable")
  @Operation(summary = "Enable an account again (ADMIN)")
  UserAccount enable(@PathVariable String username) {
    return users.enable(username, true, currentActor.get());
  }

  @PutMapping("/{username}/password")
  @Operation(
      summary = "Set a new password (ADMIN)",
      description =
          "Same rules as at creation. The old password stops working everywhere and a sign-in pause"
              + " on the name is lifted.")
  ResponseEntity<Void> resetPassword(
      @PathVariable String username, @RequestBody PasswordReset request) {
    users.resetPassword(username, request, currentActor.get());
    return ResponseEntity.noContent().build();
  }
}
