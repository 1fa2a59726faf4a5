package org.openv2v.security;

import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and finds user accounts. Passwords are kept only as hashes. */
@Service
public class UserAccounts {

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;

  UserAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
    this.jdbc = jdbc;
    this.passwords = passwords;
  }

  /** Creates the account unless one of that name exists; answers whether it created one. */
  @Transactional
  public boolean createIfAbsent(NewUser user) {
    int created =
        jdbc.sql(
                """
                insert into security.app_user (username, display_name, role, password_hash, demo)
                values (:username, :displayName, :role, :hash, :demo)
                on conflict (username) do nothing
                """)
            .param("username", user.username())
            .param("displayName", user.displayName())
            .param("role", user.role().name())
            .param("hash", passwords.encode(user.password()))
            .param("demo", user.demo())
            .update();
    if (created == 1) {
      bindSites(user.username(), user.siteIds());
    }
    return created == 1;
  }

  public boolean anyExist() {
    return jdbc.sql("select exists (select 1 from security.app_user)")
        .query(Boolean.class)
        .single();
  }

  private void bindSites(String username, Set<String> siteIds) {
    for (String siteId : siteIds) {
      jdbc.sql("insert into security.app_user_site (username, site_id) values (?, ?)")
          .params(username, siteId)
          .update();
    }
  }
}
