package org.openv2v.security;

import java.util.HashSet;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads accounts for sign-in. Demo accounts are disabled whenever demo mode is off. */
@Component
class AccountDirectory implements UserDetailsService {

  private final JdbcClient jdbc;
  private final boolean demoMode;

  AccountDirectory(JdbcClient jdbc, @Value("${openv2v.demo:false}") boolean demoMode) {
    this.jdbc = jdbc;
    this.demoMode = demoMode;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return find(username).orElseThrow(() -> new UsernameNotFoundException(username));
  }

  private Optional<SignedInUser> find(String username) {
    return jdbc.sql(
            "select username, display_name, role, password_hash, demo, enabled"
                + " from security.app_user where username = ?")
        .param(username)
        .query(
            (row, n) -> {
              var sites =
                  new HashSet<>(
                      jdbc.sql("select site_id from security.app_user_site where username = ?")
                          .param(username)
                          .query(String.class)
                          .list());
              Actor actor =
                  new Actor(
                      row.getString("username"),
                      row.getString("display_name"),
                      Role.valueOf(row.getString("role")),
                      sites);
              boolean enabled = row.getBoolean("enabled") && (demoMode || !row.getBoolean("demo"));
              return new SignedInUser(actor, row.getString("password_hash"), enabled);
            })
        .optional();
  }
}
