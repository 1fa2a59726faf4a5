package org.openv2v.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openv2v.shared.FieldProblem;
import org.openv2v.shared.Refusal;

/** The password rules, case by case (NIST SP 800-63B §5.1.1.2; OWASP ASVS 4.0 V2.1.1). */
class PasswordPolicyTests {

  private final PasswordPolicy policy = PasswordPolicy.standard();

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      textBlock =
          """
          # user       | password                     | problems
          kim.nurse    | violet-harbour-stapler        |
          kim.nurse    | 12 chars ok!                 |
          kim.nurse    | 한국어비밀번호도열두자면충분       |
          kim.nurse    | xq7-vb                       | TOO_SHORT
          kim.nurse    | short                        | TOO_SHORT COMMON
          kim.nurse    | elevenchars                  | TOO_SHORT
          kim.nurse    | NULL                         | TOO_SHORT
          kim.nurse    | kim.nurse-violet-harbour     | CONTAINS_USER_NAME
          kim.nurse    | my KIM.NURSE password!       | CONTAINS_USER_NAME
          admin        | admin                        | TOO_SHORT CONTAINS_USER_NAME COMMON
          admin        | Administrator-2026           | CONTAINS_USER_NAME
          kim.nurse    | password                     | TOO_SHORT COMMON
          kim.nurse    | unbelievable                 | COMMON
          kim.nurse    | UNBELIEVABLE                 | COMMON
          kim.nurse    | password2024!                | COMMON
          kim.nurse    | qwerty123456                 | COMMON
          kim.nurse    | Dragon1234567                | COMMON
          kim.nurse    | passwordpassword-x           |
          kim.nurse    | correct horse battery staple |
          """)
  void should_name_every_rule_a_password_breaks(String user, String password, String expected) {
    List<PasswordProblem> want =
        expected == null
            ? List.of()
            : Arrays.stream(expected.split(" ")).map(PasswordProblem::valueOf).toList();
    assertThat(policy.problems(user, password)).containsExactlyElementsOf(want);
  }

  @ParameterizedTest
  @CsvSource({"admin,abc", "nurse,nurse-is-my-name"})
  void should_refuse_with_the_field_and_each_reason(String user, String password) {
    assertThatThrownBy(() -> policy.check("password", user, password))
        .isInstanceOfSatisfying(
            Refusal.class,
            refusal -> {
              assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
              assertThat(refusal.fieldProblems())
                  .isNotEmpty()
                  .extracting(FieldProblem::field)
                  .containsOnly("password");
            });
  }

  @org.junit.jupiter.api.Test
  void should_refuse_a_weak_initial_administrator_password_before_touching_the_accounts() {
    // No accounts service: the check comes first, so a weak password never reaches the database.
    InitialAdmin initial = new InitialAdmin(null, "x");
    assertThatThrownBy(() -> initial.run(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("--openv2v.admin.initial-password")
        .hasMessageContaining("at least 12 characters");
    assertThatThrownBy(() -> new InitialAdmin(null, "admin-password-2026").run(null))
        .hasMessageContaining("must not contain the user name");
  }
}
