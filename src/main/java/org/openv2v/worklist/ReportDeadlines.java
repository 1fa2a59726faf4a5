package org.openv2v.worklist;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseView;
import org.openv2v.fhir.RegistryDeadlines;
import org.openv2v.security.Actor;
import org.springframework.stereotype.Component;

/**
 * The registry and regulator forms of the reader's open, infused cases that are overdue or fall due
 * within the horizon (settings: {@code openv2v.worklist.report-horizon}) and are not yet recorded
 * as submitted. Forms further ahead stay off the Home: a case has some fifty over fifteen years.
 */
@Component
@RequiredArgsConstructor
class ReportDeadlines {

  private final RegistryDeadlines deadlines;
  private final WorklistProperties properties;
  private final ZoneId zone;

  List<ReportDue> of(List<CaseView> open, Map<UUID, CaseCard> cards, LocalDate today, Actor actor) {
    List<RegistryDeadlines.InfusedCase> infused =
        open.stream()
            .filter(v -> v.milestones().infusedAt().isPresent())
            .map(
                v ->
                    new RegistryDeadlines.InfusedCase(
                        v.id(),
                        LocalDate.ofInstant(v.milestones().infusedAt().get(), zone),
                        v.indication()))
            .toList();
    LocalDate until = today.plus(properties.reportHorizon());
    return deadlines.unsubmitted(infused, until, actor).stream()
        .map(
            due ->
                new ReportDue(
                    cards.get(due.caseId()),
                    due.form(),
                    due.timepoint(),
                    due.dueOn(),
                    due.dueOn().isBefore(today),
                    Math.abs(ChronoUnit.DAYS.between(today, due.dueOn()))))
        .toList();
  }
}
