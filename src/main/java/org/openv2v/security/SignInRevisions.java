package org.openv2v.security;

import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A counter per user name in the database, bumped when the user's sign-ins must end. A node that
 * remembers a checked password also remembers the counter it saw, and trusts the memory only while
 * the counter is unchanged: a change made through any node reaches every node's memory at once,
 * without clocks that must agree.
 */
class SignInRevisions {

  private final JdbcClient jdbc;

  SignInRevisions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long current(String username) {
    return jdbc.sql("select revision from security.sign_in_revision where username = ?")
        .param(key(username))
        .query(Long.class)
        .optional()
        .orElse(0L);
  }

  void bump(String username) {
    jdbc.sql(
            "insert into security.sign_in_revision (username, revision) values (?, 1)"
                + " on conflict (username) do update"
                + " set revision = security.sign_in_revision.revision + 1")
        .param(key(username))
        .update();
  }

  private static String key(String username) {
    return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
  }
}
