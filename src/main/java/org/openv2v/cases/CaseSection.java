package org.openv2v.cases;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;

/**
 * A {@link CasePanel} served by its module at {@code /cases/{id}/<subpath>}, shown to the given
 * roles. Modules declare their sections as beans of this type; the services behind each section
 * still check who may see and do what.
 */
public record CaseSection(String id, String titleKey, String subpath, int order, Set<Role> readers)
    implements CasePanel {

  /** Everyone who works on cases, product handlers included. */
  public static final Set<Role> CASE_TEAM =
      Set.copyOf(
          EnumSet.of(
              Role.COORDINATOR,
              Role.PHYSICIAN,
              Role.NURSE,
              Role.MANUFACTURER,
              Role.COURIER,
              Role.AUDITOR));

  /** The treatment centre's clinical staff, and quality. */
  public static final Set<Role> CLINICAL_TEAM =
      Set.copyOf(EnumSet.of(Role.COORDINATOR, Role.PHYSICIAN, Role.NURSE, Role.AUDITOR));

  public CaseSection {
    readers = Set.copyOf(readers);
  }

  @Override
  public String path(UUID caseId) {
    return "/cases/" + caseId + "/" + subpath;
  }

  @Override
  public boolean shownTo(Actor reader) {
    return readers.contains(reader.role());
  }
}
