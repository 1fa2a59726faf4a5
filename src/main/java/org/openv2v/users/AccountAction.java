package org.openv2v.users;

/** What an administrator did to an account. */
public enum AccountAction {
  CREATED,
  CHANGED,
  DISABLED,
  ENABLED,
  PASSWORD_RESET
}
