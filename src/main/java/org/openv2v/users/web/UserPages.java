package org.openv2v.users.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.openv2v.network.Network;
import org.openv2v.network.Site;
import org.openv2v.security.CurrentActor;
import org.openv2v.security.PasswordPolicy;
import org.openv2v.security.Role;
import org.openv2v.security.UserAccount;
import org.openv2v.shared.FieldProblem;
import org.openv2v.shared.Refusal;
import org.openv2v.users.AccountAction;
import org.openv2v.users.AccountChange;
import org.openv2v.users.AccountUpdate;
import org.openv2v.users.NewAccount;
import org.openv2v.users.PasswordReset;
import org.openv2v.users.UserAdministration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The administrator's pages for accounts: the list, a new account, and one account with its role,
 * sites, status, password reset and history. Refusals come back as words beside their fields.
 */
@Controller
@RequiredArgsConstructor
class UserPages {

  private final UserAdministration users;
  private final CurrentActor currentActor;
  private final Network network;
  private final ZoneId zone;

  /** One row of the list: the account with its sites by name. */
  record Row(UserAccount account, List<String> siteNames) {}

  /** A site to tick, and whether it is ticked. */
  record SiteChoice(String id, String name, String type, boolean chosen) {}

  /**
   * One line of an account's history, with its time in the network's zone and its changes in words:
   * roles as role codes for the bundle, sites by name.
   */
  record HistoryLine(
      ZonedDateTime at,
      String by,
      String action,
      Optional<String> roleFrom,
      Optional<String> roleTo,
      List<String> sitesAdded,
      List<String> sitesRemoved,
      boolean nameChanged) {}

  @GetMapping("/admin/users")
  String list(@RequestParam Optional<String> saved, Model model) {
    model.addAttribute(
        "rows", users.accounts().stream().map(a -> new Row(a, siteNames(a.siteIds()))).toList());
    model.addAttribute("saved", saved.orElse(""));
    return "users/list";
  }

  @GetMapping("/admin/users/new")
  String newAccount(Model model) {
    return newForm(model, "", "", null, Set.of(), Map.of());
  }

  @PostMapping("/admin/users")
  String create(
      @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String displayName,
      @RequestParam(defaultValue = "") String role,
      @RequestParam(name = "siteIds", required = false) List<String> siteIds,
      @RequestParam(defaultValue = "") String password,
      Model model) {
    Set<String> sites = siteIds == null ? Set.of() : new LinkedHashSet<>(siteIds);
    Role chosen = role(role);
    try {
      users.create(
          new NewAccount(username, displayName, chosen, sites, password), currentActor.get());
    } catch (Refusal refusal) {
      return newForm(
          model, username, displayName, chosen, sites, errors(refusal, username, password));
    }
    return "redirect:/admin/users/" + username.strip() + "?saved=created";
  }

  @GetMapping("/admin/users/{username}")
  String show(@PathVariable String username, @RequestParam Optional<String> saved, Model model) {
    UserAccount account = find(username);
    return accountPage(model, account, Map.of(), saved.orElse(""));
  }

  @PostMapping("/admin/users/{username}")
  String change(
      @PathVariable String username,
      @RequestParam(defaultValue = "") String displayName,
      @RequestParam(defaultValue = "") String role,
      @RequestParam(name = "siteIds", required = false) List<String> siteIds,
      Model model) {
    UserAccount account = find(username);
    Set<String> sites = siteIds == null ? Set.of() : new LinkedHashSet<>(siteIds);
    Role chosen = role(role);
    try {
      users.change(username, new AccountUpdate(displayName, chosen, sites), currentActor.get());
    } catch (Refusal refusal) {
      return accountPage(
          model, account, displayName, chosen, sites, errors(refusal, username, ""), "");
    }
    return "redirect:/admin/users/" + username + "?saved=changed";
  }

  @PostMapping("/admin/users/{username}/disable")
  String disable(@PathVariable String username, Model model) {
    return enable(username, false, model);
  }

  @PostMapping("/admin/users/{username}/enable")
  String enable(@PathVariable String username, Model model) {
    return enable(username, true, model);
  }

  private String enable(String username, boolean enabled, Model model) {
    UserAccount account = find(username);
    try {
      users.enable(username, enabled, currentActor.get());
    } catch (Refusal refusal) {
      return accountPage(model, account, errors(refusal, username, ""), "");
    }
    return "redirect:/admin/users/" + username + "?saved=" + (enabled ? "enabled" : "disabled");
  }

  @PostMapping("/admin/users/{username}/password")
  String resetPassword(
      @PathVariable String username,
      @RequestParam(defaultValue = "") String password,
      Model model) {
    UserAccount account = find(username);
    try {
      users.resetPassword(username, new PasswordReset(password), currentActor.get());
    } catch (Refusal refusal) {
      return accountPage(model, account, errors(refusal, username, password), "");
    }
    return "redirect:/admin/users/" + username + "?saved=password";
  }

  private String newForm(
      Model model,
      String username,
      String displayName,
      Role role,
      Set<String> sites,
      Map<String, List<String>> errors) {
    model.addAttribute("username", username);
    fillAccountFields(model, displayName, role, sites, errors);
    return "users/new";
  }

  /**
   * The fields a new account and an account's page both offer (name shown, role, sites, password
   * rule) with what was typed and the errors found.
   */
  private void fillAccountFields(
      Model model,
      String displayName,
      Role role,
      Set<String> sites,
      Map<String, List<String>> errors) {
    model.addAttribute("displayName", displayName);
    model.addAttribute("role", role == null ? "" : role.name());
    model.addAttribute("roles", Role.values());
    model.addAttribute("sites", choices(sites));
    model.addAttribute("errors", errors);
    model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
  }

  /** The account's page as the account stands, with these errors and this saved notice. */
  private String accountPage(
      Model model, UserAccount account, Map<String, List<String>> errors, String saved) {
    return accountPage(
        model, account, account.displayName(), account.role(), account.siteIds(), errors, saved);
  }

  private String accountPage(
      Model model,
      UserAccount account,
      String displayName,
      Role role,
      Set<String> sites,
      Map<String, List<String>> errors,
      String saved) {
    model.addAttribute("account", account);
    fillAccountFields(model, displayName, role, sites, errors);
    model.addAttribute("saved", saved);
    model.addAttribute("self", account.username().equals(currentActor.get().username()));
    model.addAttribute("history", history(account.username()));
    return "users/account";
  }

  private List<HistoryLine> history(String username) {
    return users.changes(Optional.of(username), 50).stream().map(this::line).toList();
  }

  private HistoryLine line(AccountChange change) {
    Map<String, Object> details = change.details();
    boolean changed = change.action() == AccountAction.CHANGED;
    Optional<Map<?, ?>> role =
        changed && details.get("role") instanceof Map<?, ?> fromTo
            ? Optional.of(fromTo)
            : Optional.empty();
    return new HistoryLine(
        change.changedAt().atZone(zone),
        change.changedBy(),
        change.action().name(),
        role.map(r -> String.valueOf(r.get("from"))),
        role.map(r -> String.valueOf(r.get("to"))),
        names(details.get("sitesAdded")),
        names(details.get("sitesRemoved")),
        changed && details.containsKey("displayName"));
  }

  private List<String> names(Object ids) {
    if (!(ids instanceof List<?> list)) {
      return List.of();
    }
    return siteNames(list.stream().map(String::valueOf).collect(Collectors.toSet()));
  }

  private UserAccount find(String username) {
    try {
      return users.account(username);
    } catch (Refusal refusal) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  private List<SiteChoice> choices(Set<String> chosen) {
    return network.sites().stream()
        .sorted(Comparator.comparing((Site s) -> s.type().ordinal()).thenComparing(Site::name))
        .map(
            s ->
                new SiteChoice(
                    s.id(),
                    s.nameIn(org.springframework.context.i18n.LocaleContextHolder.getLocale()),
                    s.type().name(),
                    chosen.contains(s.id())))
        .toList();
  }

  private List<String> siteNames(Set<String> ids) {
    return ids.stream()
        .map(
            id ->
                network
                    .site(id)
                    .map(
                        s ->
                            s.nameIn(
                                org.springframework.context.i18n.LocaleContextHolder.getLocale()))
                    .orElse(id))
        .sorted()
        .toList();
  }

  private static Role role(String role) {
    try {
      return role.isBlank() ? null : Role.valueOf(role);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The message codes to show beside each field. The service's words are English for the API; the
   * page says the same in the reader's language.
   */
  private static Map<String, List<String>> errors(
      Refusal refusal, String username, String password) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    if (refusal.kind() == Refusal.Kind.NOT_FOUND) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    boolean conflict = refusal.kind() == Refusal.Kind.CONFLICT;
    for (FieldProblem problem : refusal.fieldProblems()) {
      List<String> codes = errors.computeIfAbsent(problem.field(), f -> new ArrayList<>());
      String code =
          switch (problem.field()) {
            case "username" -> conflict ? "users.error.username.taken" : "users.error.username";
            case "displayName" -> "users.error.displayName";
            case "role" -> conflict ? "users.error.role.self" : "users.error.role";
            case "siteIds" -> "users.error.siteIds";
            default -> null;
          };
      if (code != null && !codes.contains(code)) {
        codes.add(code);
      }
    }
    if (errors.containsKey("password") || refusal.isAbout("refusal.password.policy")) {
      errors.put(
          "password",
          PasswordPolicy.standard().problems(username.strip(), password).stream()
              .map(p -> "users.error.password." + p.name())
              .toList());
    }
    errors.values().removeIf(List::isEmpty);
    if (errors.isEmpty()) {
      errors.put("form", List.of(conflict ? "users.error.disableSelf" : "users.error.other"));
    }
    return errors;
  }
}
