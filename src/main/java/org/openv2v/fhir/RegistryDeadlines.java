package org.openv2v.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.fhir.registry.RegistryReports;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry and regulator forms still to be sent for infused cases (CIBMTR, EBMT, MFDS, HIRA),
 * for the coordinator's Home: due on or before a day and not recorded as submitted. The caller
 * passes cases it has already read with role and site checks; only due days and form names leave.
 */
@Service
@RequiredArgsConstructor
public class RegistryDeadlines {

  /** A case as the deadlines need it: the day of infusion (network zone) and the indication. */
  public record InfusedCase(UUID caseId, LocalDate infusedOn, String indication) {}

  /** A form due: {@code form} is its slug (cibmtr-4100, mfds-ltfu…), as in the form's address. */
  public record DueForm(UUID caseId, String form, String timepoint, LocalDate dueOn) {}

  private final JdbcClient jdbc;

  /** Forms due on or before {@code until} and not yet submitted, the earliest first. */
  @Transactional(readOnly = true)
  public List<DueForm> unsubmitted(List<InfusedCase> cases, LocalDate until, Actor actor) {
    if (!actor.is(Role.COORDINATOR, Role.PHYSICIAN, Role.NURSE, Role.AUDITOR)) {
      throw Refusal.forbidden("A " + actor.role() + " has no access to registry reports")
          .withWords("refusal.registry.role", actor.role());
    }
    if (cases.isEmpty()) {
      return List.of();
    }
    Set<String> submitted =
        new HashSet<>(
            jdbc.sql(
                    "select case_id::text || '/' || form || '/' || timepoint"
                        + " from fhir.registry_submission where case_id = any(?)")
                .param(cases.stream().map(InfusedCase::caseId).toArray(UUID[]::new))
                .query(String.class)
                .list());
    List<DueForm> due = new ArrayList<>();
    for (InfusedCase infused : cases) {
      for (RegistryReports.Due form :
          RegistryReports.due(infused.infusedOn(), infused.indication())) {
        String key = infused.caseId() + "/" + form.form().slug() + "/" + form.timepoint();
        if (!form.dueOn().isAfter(until) && !submitted.contains(key)) {
          due.add(
              new DueForm(infused.caseId(), form.form().slug(), form.timepoint(), form.dueOn()));
        }
      }
    }
    due.sort(Comparator.comparing(DueForm::dueOn).thenComparing(DueForm::form));
    return due;
  }
}
