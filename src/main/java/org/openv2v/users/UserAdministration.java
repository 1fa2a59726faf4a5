package org.openv2v.users;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.openv2v.network.Network;
import org.openv2v.network.Site;
import org.openv2v.network.SiteType;
import org.openv2v.security.Actor;
import org.openv2v.security.NewUser;
import org.openv2v.security.PasswordPolicy;
import org.openv2v.security.Role;
import org.openv2v.security.UserAccount;
import org.openv2v.security.UserAccounts;
import org.openv2v.shared.FieldProblem;
import org.openv2v.shared.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What administrators do to accounts, checked and recorded: each change is written in the same
 * transaction as the account, so there is no change without its record and no record without its
 * change.
 */
@Service
@RequiredArgsConstructor
public class UserAdministration {

  /** Lower-case letters, digits, dot, dash and underscore: safe in addresses and logs. */
  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

  static final int MAX_DISPLAY_NAME = 100;
  static final int MAX_SITES = 100;

  private final UserAccounts accounts;
  private final Network network;
  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Clock clock;
  private final PasswordPolicy policy = PasswordPolicy.standard();

  public List<UserAccount> accounts() {
    return accounts.all();
  }

  public UserAccount account(String username) {
    return accounts
        .find(username)
        .orElseThrow(
            () ->
                Refusal.notFound("No user " + username)
                    .withWords("refusal.user.notFound", username));
  }

  @Transactional
  public UserAccount create(NewAccount request, Actor admin) {
    List<FieldProblem> problems = new ArrayList<>();
    String username = request.username() == null ? "" : request.username().strip();
    if (!USERNAME.matcher(username).matches()) {
      problems.add(
          new FieldProblem(
              "username",
              "must be 3 to 64 lower-case letters, digits, dots, dashes or underscores, starting"
                  + " with a letter or digit"));
    }
    Set<String> sites = sites(request.siteIds());
    checkDetails(request.displayName(), request.role(), sites, problems);
    policy
        .problems(username, request.password())
        .forEach(p -> problems.add(new FieldProblem("password", p.english())));
    refuseIfAny(problems);
    boolean created =
        accounts.createIfAbsent(
            new NewUser(
                username,
                request.displayName().strip(),
                request.role(),
                sites,
                request.password(),
                false));
    if (!created) {
      throw new Refusal(
              Refusal.Kind.CONFLICT,
              "A user named " + username + " exists already",
              List.of(new FieldProblem("username", "is taken")))
          .withWords("refusal.user.exists", username);
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("displayName", request.displayName().strip());
    details.put("role", request.role().name());
    details.put("siteIds", new TreeSet<>(sites));
    record(admin, username, AccountAction.CREATED, details);
    return account(username);
  }

  @Transactional
  public UserAccount change(String username, AccountUpdate request, Actor admin) {
    UserAccount before = account(username);
    List<FieldProblem> problems = new ArrayList<>();
    Set<String> sites = sites(request.siteIds());
    checkDetails(request.displayName(), request.role(), sites, problems);
    refuseIfAny(problems);
    if (username.equals(admin.username()) && request.role() != Role.ADMIN) {
      throw new Refusal(
              Refusal.Kind.CONFLICT,
              "You cannot take the administrator role from yourself; ask another administrator",
              List.of(new FieldProblem("role", "must stay ADMIN for your own account")))
          .withWords("refusal.user.ownAdmin");
    }
    String displayName = request.displayName().strip();
    Map<String, Object> details = new LinkedHashMap<>();
    if (!before.displayName().equals(displayName)) {
      details.put("displayName", fromTo(before.displayName(), displayName));
    }
    if (before.role() != request.role()) {
      details.put("role", fromTo(before.role().name(), request.role().name()));
    }
    Set<String> added = new TreeSet<>(sites);
    added.removeAll(before.siteIds());
    Set<String> removed = new TreeSet<>(before.siteIds());
    removed.removeAll(sites);
    if (!added.isEmpty()) {
      details.put("sitesAdded", added);
    }
    if (!removed.isEmpty()) {
      details.put("sitesRemoved", removed);
    }
    if (details.isEmpty()) {
      return before;
    }
    accounts.change(username, displayName, request.role(), sites);
    record(admin, username, AccountAction.CHANGED, details);
    return account(username);
  }

  /**
   * Disables or enables the account; answers it as it is now. Nothing changes if it already was.
   */
  @Transactional
  public UserAccount enable(String username, boolean enabled, Actor admin) {
    UserAccount before = account(username);
    if (!enabled && username.equals(admin.username())) {
      throw new Refusal(
              Refusal.Kind.CONFLICT,
              "You cannot disable your own account; ask another administrator")
          .withWords("refusal.user.ownDisable");
    }
    if (before.enabled() == enabled) {
      return before;
    }
    accounts.enable(username, enabled);
    record(
        admin,
        username,
        enabled ? AccountAction.ENABLED : AccountAction.DISABLED,
        Map.of("enabled", fromTo(before.enabled(), enabled)));
    return account(username);
  }

  @Transactional
  public void resetPassword(String username, PasswordReset request, Actor admin) {
    account(username);
    accounts.resetPassword(username, request.password());
    // The record says that it happened, never what the password is.
    record(admin, username, AccountAction.PASSWORD_RESET, Map.of());
  }

  /** The recorded changes, of one account or of all, newest first. */
  public List<AccountChange> changes(Optional<String> username, int limit) {
    String where = username.isPresent() ? " where username = :username" : "";
    var statement =
        jdbc.sql(
                "select id, changed_at, changed_by, username, action, details::text as details"
                    + " from users.account_change"
                    + where
                    + " order by id desc limit :limit")
            .param("limit", limit);
    if (username.isPresent()) {
      statement = statement.param("username", username.get());
    }
    return statement
        .query(
            (row, n) ->
                new AccountChange(
                    row.getLong("id"),
                    row.getTimestamp("changed_at").toInstant(),
                    row.getString("changed_by"),
                    row.getString("username"),
                    AccountAction.valueOf(row.getString("action")),
                    json.readValue(
                        row.getString("details"), new TypeReference<Map<String, Object>>() {})))
        .list();
  }

  private void checkDetails(
      String displayName, Role role, Set<String> sites, List<FieldProblem> problems) {
    if (displayName == null || displayName.isBlank()) {
      problems.add(new FieldProblem("displayName", "must not be blank"));
    } else if (displayName.strip().length() > MAX_DISPLAY_NAME) {
      problems.add(
          new FieldProblem("displayName", "must be at most " + MAX_DISPLAY_NAME + " characters"));
    } else if (displayName.chars().anyMatch(Character::isISOControl)) {
      problems.add(new FieldProblem("displayName", "must not contain control characters"));
    }
    if (role == null) {
      problems.add(new FieldProblem("role", "must be one of " + List.of(Role.values())));
      return;
    }
    if (sites.size() > MAX_SITES) {
      problems.add(new FieldProblem("siteIds", "must list at most " + MAX_SITES + " sites"));
      return;
    }
    if (role.worksOnCases() && sites.isEmpty()) {
      problems.add(new FieldProblem("siteIds", "must name at least one site for this role"));
    }
    for (String id : sites) {
      Optional<Site> site = network.site(id);
      if (site.isEmpty()) {
        problems.add(new FieldProblem("siteIds", "has no site " + printable(id)));
      } else if (!fits(role, site.get().type())) {
        problems.add(
            new FieldProblem(
                "siteIds",
                id + " is a " + site.get().type() + ", where a " + role + " cannot work"));
      }
    }
  }

  /** Manufacturers work at their facility, couriers at theirs, clinical staff at hospitals. */
  private static boolean fits(Role role, SiteType type) {
    return switch (role) {
      case MANUFACTURER -> type == SiteType.MANUFACTURING_FACILITY;
      case COURIER -> type == SiteType.COURIER;
      case COORDINATOR, PHYSICIAN, NURSE ->
          type == SiteType.TREATMENT_CENTRE || type == SiteType.APHERESIS_UNIT;
      case AUDITOR, ADMIN, PLANNER -> true;
    };
  }

  private static Set<String> sites(Set<String> requested) {
    Set<String> sites = new TreeSet<>();
    if (requested != null) {
      requested.stream()
          .filter(id -> id != null && !id.isBlank())
          .map(String::strip)
          .forEach(sites::add);
    }
    return sites;
  }

  private static String printable(String id) {
    String cut = id.length() > 40 ? id.substring(0, 40) + "…" : id;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }

  private static Map<String, Object> fromTo(Object from, Object to) {
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("from", from);
    change.put("to", to);
    return change;
  }

  private static void refuseIfAny(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      String detail =
          String.join("; ", problems.stream().map(p -> p.field() + " " + p.message()).toList());
      throw new Refusal(Refusal.Kind.INVALID, detail, problems)
          .withWords("refusal.request.fields", detail);
    }
  }

  private void record(
      Actor admin, String username, AccountAction action, Map<String, Object> details) {
    jdbc.sql(
            """
            insert into users.account_change (changed_at, changed_by, username, action, details)
            values (?, ?, ?, ?, ?::jsonb)
            """)
        .params(
            Timestamp.from(clock.instant()),
            admin.username(),
            username,
            action.name(),
            json.writeValueAsString(details))
        .update();
  }
}
