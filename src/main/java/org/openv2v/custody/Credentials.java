package org.openv2v.custody;

/** A username and the password its owner typed to sign. Never printed. */
public record Credentials(String username, String password) {

  @Override
  public String toString() {
    return "Credentials[username=" + username + ", password=(hidden)]";
  }
}
