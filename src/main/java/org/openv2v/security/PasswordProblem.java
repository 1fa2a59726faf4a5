package org.openv2v.security;

/** Why a password is refused; pages put each into words from their message bundles. */
public enum PasswordProblem {
  TOO_SHORT("must be at least " + PasswordPolicy.MIN_LENGTH + " characters long"),
  CONTAINS_USER_NAME("must not contain the user name"),
  COMMON("is one of the most common passwords, or one of them with digits added");

  private final String english;

  PasswordProblem(String english) {
    this.english = english;
  }

  /** The reason as the API states it, after the field name. */
  public String english() {
    return english;
  }
}
