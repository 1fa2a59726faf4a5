package org.openv2v.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.openv2v.shared.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and finds user accounts. Passwords are kept only as hashes. */
@Service
@RequiredArgsConstructor
public class UserAccounts {

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;
  private final AccountDirectory directory;
  private final SignInThrottle throttle;
  private final SignInRevocation revocation;
  private final PasswordPolicy policy = PasswordPolicy.standard();
  private volatile String unknownUserHash;

  /**
   * Checks a password its owner has just typed, for an electronic signature: the signer re-enters
   * it for every signature (21 CFR 11.200(a)(1)). Answers the account as it is now, or empty when
   * the account does not exist, is disabled (or is a demo account outside demo mode), or the
   * password does not match. Nothing is remembered: every call checks the hash.
   */
  public Optional<Actor> verify(String username, String rawPassword) {
    if (username == null || rawPassword == null) {
      return Optional.empty();
    }
    // A locked name is refused like a wrong password: re-entry is a guessing channel too.
    if (throttle.lockedUntil(username).isPresent()) {
      return Optional.empty();
    }
    SignedInUser user;
    try {
      user = (SignedInUser) directory.loadUserByUsername(username);
    } catch (UsernameNotFoundException e) {
      // Spend the same time as for a real account, so that timing does not reveal which exist.
      passwords.matches(rawPassword, unknownUserHash());
      return Optional.empty();
    }
    boolean matches = passwords.matches(rawPassword, user.passwordHash());
    if (!matches) {
      throttle.failed(username);
    } else {
      throttle.succeeded(username);
    }
    return matches && user.enabled() ? Optional.of(user.actor()) : Optional.empty();
  }

  private String unknownUserHash() {
    String hash = unknownUserHash;
    if (hash == null) {
      hash = passwords.encode("no account has this password");
      unknownUserHash = hash;
    }
    return hash;
  }

  /**
   * Creates the account unless one of that name exists; answers whether it created one. The callers
   * that take a password from a person (the administrators' pages and API, the initial
   * administrator) check it against the {@link PasswordPolicy} first; demo accounts keep their
   * documented passwords.
   */
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

  /**
   * The language the user chose for the pages ({@code en} or {@code ko}), or empty when they follow
   * their browser's.
   */
  public Optional<String> language(String username) {
    return jdbc.sql("select language from security.app_user where username = ?")
        .param(username)
        .query((row, n) -> Optional.ofNullable(row.getString("language")))
        .optional()
        .flatMap(language -> language);
  }

  /**
   * Keeps the user's language; empty goes back to following the browser. The column's check refuses
   * any code but {@code en} and {@code ko}; answers whether the account exists.
   */
  @Transactional
  public boolean chooseLanguage(String username, Optional<String> language) {
    return jdbc.sql("update security.app_user set language = ? where username = ?")
            .params(language.orElse(null), username)
            .update()
        == 1;
  }

  /** Every account, by user name. */
  public List<UserAccount> all() {
    return jdbc.sql(ACCOUNT + " order by u.username").query(this::account).list();
  }

  public Optional<UserAccount> find(String username) {
    return jdbc.sql(ACCOUNT + " where u.username = ?")
        .param(username)
        .query(this::account)
        .optional();
  }

  /** Changes the name shown, the role and the sites; the user's open sessions end. */
  @Transactional
  public void change(String username, String displayName, Role role, Set<String> siteIds) {
    int changed =
        jdbc.sql("update security.app_user set display_name = ?, role = ? where username = ?")
            .params(displayName, role.name(), username)
            .update();
    if (changed != 1) {
      throw Refusal.notFound("No user " + username).withWords("refusal.user.notFound", username);
    }
    jdbc.sql("delete from security.app_user_site where username = ?").param(username).update();
    bindSites(username, siteIds);
    revocation.signOutEverywhere(username);
  }

  /** Lets the user sign in again, or stops them: a disabled user's sessions end at once. */
  @Transactional
  public void enable(String username, boolean enabled) {
    int changed =
        jdbc.sql("update security.app_user set enabled = ? where username = ?")
            .params(enabled, username)
            .update();
    if (changed != 1) {
      throw Refusal.notFound("No user " + username).withWords("refusal.user.notFound", username);
    }
    revocation.signOutEverywhere(username);
  }

  /**
   * Sets a new password that meets the {@link PasswordPolicy} (field {@code password}); the old one
   * stops working everywhere and a sign-in pause on the name is lifted.
   */
  @Transactional
  public void resetPassword(String username, String password) {
    policy.check("password", username, password);
    int changed =
        jdbc.sql("update security.app_user set password_hash = ? where username = ?")
            .params(passwords.encode(password), username)
            .update();
    if (changed != 1) {
      throw Refusal.notFound("No user " + username).withWords("refusal.user.notFound", username);
    }
    throttle.succeeded(username);
    revocation.signOutEverywhere(username);
  }

  private static final String ACCOUNT =
      "select u.username, u.display_name, u.role, u.enabled, u.demo,"
          + " array(select s.site_id from security.app_user_site s"
          + " where s.username = u.username order by s.site_id) as sites"
          + " from security.app_user u";

  private UserAccount account(java.sql.ResultSet row, int n) throws java.sql.SQLException {
    return new UserAccount(
        row.getString("username"),
        row.getString("display_name"),
        Role.valueOf(row.getString("role")),
        Set.of((String[]) row.getArray("sites").getArray()),
        row.getBoolean("enabled"),
        row.getBoolean("demo"));
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
