package org.openv2v.fhir.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.fhir.registry.FilledForm;
import org.openv2v.fhir.registry.RegistryFacts;
import org.openv2v.fhir.registry.RegistryForm;
import org.openv2v.fhir.registry.RegistryReports;
import org.openv2v.safety.Assessments;
import org.openv2v.safety.Lymphodepletions;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry forms of a case, pre-filled from what the platform recorded, and what was submitted
 * when. Read by clinical staff and auditors of the case's sites; submissions recorded by
 * coordinators.
 */
@Service
@RequiredArgsConstructor
public class RegistrySubmissions {

  /** One form of a case: when it is due, how many fields are still missing, and its submission. */
  public record FormStatus(
      String form,
      String title,
      String timepoint,
      LocalDate dueOn,
      int missingFields,
      Optional<Submission> submission) {}

  /** A recorded submission. */
  public record Submission(
      LocalDate submittedOn, Optional<String> reference, String recordedBy, Instant recordedAt) {}

  private final CaseSources sources;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final ZoneId zone;

  @Transactional
  public List<FormStatus> forms(UUID caseId, Actor actor) {
    List<FilledForm> forms = RegistryReports.all(facts(caseId, actor));
    Map<String, Submission> submitted =
        submissions(caseId).entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    return forms.stream()
        .map(
            f ->
                new FormStatus(
                    f.form().slug(),
                    f.title(),
                    f.timepoint(),
                    f.dueOn(),
                    f.missing().size(),
                    Optional.ofNullable(submitted.get(f.form().slug() + "/" + f.timepoint()))))
        .toList();
  }

  @Transactional
  public FilledForm form(UUID caseId, String form, String timepoint, Actor actor) {
    RegistryForm wanted = parse(form);
    return RegistryReports.one(facts(caseId, actor), wanted, timepoint)
        .orElseThrow(
            () ->
                Refusal.notFound("No " + form + " form at " + timepoint + " for case " + caseId)
                    .withWords("refusal.registry.noForm", form, timepoint, caseId));
  }

  @Transactional
  public Submission submit(
      UUID caseId,
      String form,
      String timepoint,
      LocalDate submittedOn,
      Optional<String> reference,
      Actor actor) {
    if (!actor.is(Role.COORDINATOR)) {
      throw Refusal.forbidden("Registry submissions are recorded by coordinators")
          .withWords("refusal.registry.submitRole");
    }
    form(caseId, form, timepoint, actor);
    if (submittedOn.isAfter(LocalDate.now(clock.withZone(zone)))) {
      throw Refusal.invalidField("submittedOn", "is in the future")
          .withWords("refusal.field.future");
    }
    Instant now = clock.instant();
    int stored =
        jdbc.sql(
                """
                insert into fhir.registry_submission (case_id, form, timepoint, submitted_on,
                    reference, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                """)
            .params(
                caseId,
                form,
                timepoint,
                submittedOn,
                reference.orElse(null),
                actor.username(),
                Timestamp.from(now))
            .update();
    if (stored == 0) {
      throw new Refusal(
              Refusal.Kind.CONFLICT,
              "The " + form + " form at " + timepoint + " is already recorded as submitted")
          .withWords("refusal.registry.submitted", form, timepoint);
    }
    return new Submission(submittedOn, reference, actor.username(), now);
  }

  /**
   * The recorded submission of one form, if any. Call after {@link #form}, which checks the
   * reader's role and sites: this reads only the submissions table.
   */
  @Transactional(readOnly = true)
  public Optional<Submission> submissionOf(UUID caseId, String form, String timepoint) {
    return Optional.ofNullable(submissions(caseId).get(form + "/" + timepoint));
  }

  private static RegistryForm parse(String slug) {
    for (RegistryForm form : RegistryForm.values()) {
      if (form.slug().equals(slug)) {
        return form;
      }
    }
    throw Refusal.notFound("No registry form " + slug)
        .withWords("refusal.registry.unknownForm", slug);
  }

  private Map<String, Submission> submissions(UUID caseId) {
    return jdbc
        .sql(
            "select form, timepoint, submitted_on, reference, recorded_by, recorded_at"
                + " from fhir.registry_submission where case_id = ?")
        .param(caseId)
        .query(
            (row, n) ->
                Map.entry(
                    row.getString("form") + "/" + row.getString("timepoint"),
                    new Submission(
                        row.getDate("submitted_on").toLocalDate(),
                        Optional.ofNullable(row.getString("reference")),
                        row.getString("recorded_by"),
                        row.getTimestamp("recorded_at").toInstant())))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private RegistryFacts facts(UUID caseId, Actor actor) {
    if (!actor.is(Role.COORDINATOR, Role.PHYSICIAN, Role.NURSE, Role.AUDITOR)) {
      throw Refusal.forbidden("A " + actor.role() + " has no access to registry reports")
          .withWords("refusal.registry.role", actor.role());
    }
    CaseData data = sources.read(caseId, actor, "REGISTRY");
    var view = data.view();
    Function<Instant, LocalDate> day = at -> LocalDate.ofInstant(at, zone);
    Optional<LocalDate> infused =
        data.events().stream()
            .filter(e -> e.type() == CaseEventType.INFUSED)
            .map(e -> day.apply(e.occurredAt()))
            .reduce((a, b) -> b);
    var product = data.product();
    var course =
        data.courses().isEmpty()
            ? Optional.<Lymphodepletions.Course>empty()
            : Optional.of(data.courses().get(data.courses().size() - 1));
    return new RegistryFacts(
        view.reference(),
        view.din(),
        view.patient().birthDate(),
        view.patient().sex().name(),
        view.patient().weightKg(),
        view.patient().heightCm(),
        view.treatmentCentreId(),
        view.productCode(),
        product.map(p -> p.brandName()).orElse(view.productCode()),
        product.map(p -> p.genericName()).orElse(view.productCode()),
        product.map(p -> p.marketingHolder()).orElse(""),
        product.map(p -> p.target()).orElse(""),
        view.indication(),
        product.flatMap(p -> p.indication(view.indication())).map(i -> i.description()).orElse(""),
        view.manufacturingSiteId(),
        view.milestones().apheresisAt().map(day),
        view.milestones().releasedAt().map(day),
        infused,
        CaseResources.bagNumbers(data),
        course.map(c -> c.startedOn()),
        course.flatMap(c -> c.finishedOn()),
        toxicity(data.assessments(), Assessments.Kind.CRS, day),
        toxicity(data.assessments(), Assessments.Kind.ICANS, day),
        data.followUps().stream()
            .filter(f -> f.response().isPresent() && f.doneOn().isPresent())
            .map(f -> new RegistryFacts.Response(f.doneOn().get(), f.response().get().name()))
            .toList(),
        view.state() == CaseState.WITHDRAWN);
  }

  private static Optional<RegistryFacts.Toxicity> toxicity(
      List<Assessments.AssessmentView> assessments,
      Assessments.Kind kind,
      Function<Instant, LocalDate> day) {
    List<Assessments.AssessmentView> ofKind =
        assessments.stream().filter(a -> a.kind() == kind).toList();
    List<Assessments.AssessmentView> graded =
        ofKind.stream().filter(a -> a.grade().orElse(0) >= 1).toList();
    if (graded.isEmpty()) {
      return Optional.empty();
    }
    Assessments.AssessmentView last = ofKind.get(ofKind.size() - 1);
    return Optional.of(
        new RegistryFacts.Toxicity(
            day.apply(graded.get(0).assessedAt()),
            graded.stream().mapToInt(a -> a.grade().orElseThrow()).max().orElseThrow(),
            last.grade().orElse(0) == 0
                ? Optional.of(day.apply(last.assessedAt()))
                : Optional.empty()));
  }
}
