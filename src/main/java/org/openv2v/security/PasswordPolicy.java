package org.openv2v.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.openv2v.shared.FieldProblem;
import org.openv2v.shared.Refusal;

/**
 * The rules every password set by a person must meet (NIST SP 800-63B §5.1.1.2: at least a minimum
 * length, no context-specific words such as the user name, and not on a list of commonly used
 * passwords; no composition rules). Twelve characters is the OWASP ASVS 4.0 §2.1.1 minimum. Demo
 * accounts, whose password is their name, are created without it and sign in only in demo mode.
 */
public final class PasswordPolicy {

  /** OWASP ASVS 4.0, V2.1.1: passwords of at least 12 characters. */
  public static final int MIN_LENGTH = 12;

  private static final String LIST = "/security/common-passwords.txt";

  private final Set<String> common;

  PasswordPolicy(Set<String> common) {
    this.common = Set.copyOf(common);
  }

  /** The policy with the common-password list shipped with the platform. */
  public static PasswordPolicy standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final PasswordPolicy STANDARD = new PasswordPolicy(load());
  }

  /**
   * Every rule the password breaks, in the order a person would fix them; empty when it is fine.
   */
  public List<PasswordProblem> problems(String username, String password) {
    List<PasswordProblem> problems = new ArrayList<>();
    String candidate = password == null ? "" : password;
    if (candidate.codePointCount(0, candidate.length()) < MIN_LENGTH) {
      problems.add(PasswordProblem.TOO_SHORT);
    }
    String lower = candidate.toLowerCase(Locale.ROOT);
    if (username != null
        && !username.isBlank()
        && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
      problems.add(PasswordProblem.CONTAINS_USER_NAME);
    }
    if (isCommon(lower)) {
      problems.add(PasswordProblem.COMMON);
    }
    return problems;
  }

  /** Refuses the password, naming {@code field} and every rule it breaks. */
  public void check(String field, String username, String password) {
    List<PasswordProblem> problems = problems(username, password);
    if (!problems.isEmpty()) {
      List<FieldProblem> fields =
          problems.stream().map(p -> new FieldProblem(field, p.english())).toList();
      throw new Refusal(
              Refusal.Kind.INVALID,
              field
                  + " "
                  + problems.stream()
                      .map(PasswordProblem::english)
                      .collect(Collectors.joining("; ")),
              fields)
          .withWords(
              "refusal.password.policy",
              problems.stream().map(PasswordProblem::english).collect(Collectors.joining("; ")));
    }
  }

  /**
   * On the list as it is, or a listed word with only digits and punctuation after it, since that is
   * how people stretch a common password to a required length ("password2024!", "qwerty123456").
   */
  private boolean isCommon(String lower) {
    if (lower.isEmpty()) {
      return false;
    }
    if (common.contains(lower)) {
      return true;
    }
    int end = lower.length();
    while (end > 0 && !Character.isLetter(lower.charAt(end - 1))) {
      end--;
    }
    return end > 0 && end < lower.length() && common.contains(lower.substring(0, end));
  }

  private static Set<String> load() {
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
      if (in == null) {
        throw new IllegalStateException(LIST + " is missing from the build");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Set<String> words = new HashSet<>();
      reader
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.toLowerCase(Locale.ROOT))
          .forEach(words::add);
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
