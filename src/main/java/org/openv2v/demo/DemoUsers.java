package org.openv2v.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openv2v.network.Site;
import org.openv2v.network.SiteType;
import org.openv2v.security.Actor;
import org.openv2v.security.NewUser;
import org.openv2v.security.Role;

/**
 * One demo user per role, named after it with the same word as password. The clinical staff work at
 * Seoul National University Hospital and Samsung Medical Center.
 */
final class DemoUsers {

  static final Set<String> CLINICAL_SITES = Set.of("KR-SNUH", "KR-SMC");

  private final Map<Role, Set<String>> sitesByRole = new HashMap<>();

  DemoUsers(List<Site> sites) {
    Set<String> all = ids(sites, Set.of(SiteType.values()));
    sitesByRole.put(Role.COORDINATOR, CLINICAL_SITES);
    sitesByRole.put(Role.PHYSICIAN, CLINICAL_SITES);
    sitesByRole.put(Role.NURSE, CLINICAL_SITES);
    sitesByRole.put(Role.MANUFACTURER, ids(sites, Set.of(SiteType.MANUFACTURING_FACILITY)));
    sitesByRole.put(Role.COURIER, ids(sites, Set.of(SiteType.COURIER)));
    sitesByRole.put(Role.AUDITOR, all);
    sitesByRole.put(Role.ADMIN, all);
    sitesByRole.put(Role.PLANNER, all);
  }

  List<NewUser> accounts() {
    return sitesByRole.entrySet().stream()
        .map(
            entry -> {
              String name = entry.getKey().name().toLowerCase();
              return new NewUser(
                  name, displayName(entry.getKey()), entry.getKey(), entry.getValue(), name, true);
            })
        .toList();
  }

  /** The demo user of this role, acting at every site, for writing the demo histories. */
  static Actor seeding(Role role, Set<String> allSites) {
    return new Actor(role.name().toLowerCase(), displayName(role), role, allSites);
  }

  private static String displayName(Role role) {
    String word = role.name().charAt(0) + role.name().substring(1).toLowerCase();
    return "Demo " + word;
  }

  private static Set<String> ids(List<Site> sites, Set<SiteType> types) {
    return sites.stream()
        .filter(s -> types.contains(s.type()))
        .map(Site::id)
        .collect(Collectors.toSet());
  }
}
