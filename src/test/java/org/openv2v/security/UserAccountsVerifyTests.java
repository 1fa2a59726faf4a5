package org.openv2v.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Checking a re-entered password for an electronic signature. */
@IntegrationTest
class UserAccountsVerifyTests {

  @Autowired UserAccounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void should_answer_the_account_with_its_sites_when_the_password_matches() {
    Actor nurse = accounts.verify("nurse", "nurse").orElseThrow();
    assertThat(nurse.username()).isEqualTo("nurse");
    assertThat(nurse.displayName()).isEqualTo("Demo Nurse");
    assertThat(nurse.role()).isEqualTo(Role.NURSE);
    assertThat(nurse.siteIds()).contains("KR-SNUH");

    String username = newUsername();
    accounts.createIfAbsent(
        new NewUser(
            username, "Kim Signer", Role.PHYSICIAN, Set.of("KR-SMC", "KR-AMC"), "pass-1", false));
    Actor created = accounts.verify(username, "pass-1").orElseThrow();
    assertThat(created.displayName()).isEqualTo("Kim Signer");
    assertThat(created.role()).isEqualTo(Role.PHYSICIAN);
    assertThat(created.siteIds()).containsExactlyInAnyOrder("KR-SMC", "KR-AMC");
  }

  @Test
  void should_answer_nothing_for_a_wrong_password_or_an_unknown_account() {
    assertThat(accounts.verify("nurse", "Nurse")).isEmpty();
    assertThat(accounts.verify("nurse", "")).isEmpty();
    assertThat(accounts.verify("nobody-" + UUID.randomUUID(), "nurse")).isEmpty();
    assertThat(accounts.verify("nurse", null)).isEmpty();
    assertThat(accounts.verify(null, "nurse")).isEmpty();
  }

  @Test
  void should_answer_nothing_for_a_disabled_account_even_with_the_right_password() {
    String username = newUsername();
    accounts.createIfAbsent(
        new NewUser(username, "Test Signer", Role.NURSE, Set.of("KR-SNUH"), "s3cret-pass", false));
    assertThat(accounts.verify(username, "s3cret-pass")).isPresent();
    jdbc.sql("update security.app_user set enabled = false where username = ?")
        .param(username)
        .update();
    assertThat(accounts.verify(username, "s3cret-pass")).isEmpty();
  }

  private static String newUsername() {
    return "signer-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
