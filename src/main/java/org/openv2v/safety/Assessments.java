package org.openv2v.safety;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseView;
import org.openv2v.safety.domain.CrsFindings;
import org.openv2v.safety.domain.CrsGrading;
import org.openv2v.safety.domain.Grade;
import org.openv2v.safety.domain.Icaht;
import org.openv2v.safety.domain.IcansFindings;
import org.openv2v.safety.domain.IcansGrading;
import org.openv2v.safety.domain.IceScore;
import org.openv2v.safety.domain.Management;
import org.openv2v.safety.internal.AssessmentRows;
import org.openv2v.safety.internal.SafetyProperties;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
import org.openv2v.shared.StoredTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CRS, ICANS, ICE/CAPD and blood counts recorded on a case, each graded on entry with the ASCO 2021
 * management steps for its grade as decision support that a physician confirms.
 */
@Service
@RequiredArgsConstructor
public class Assessments {

  /** A CRS graded within this time before an ICANS assessment counts as concurrent. */
  static final Duration CONCURRENT_CRS = Duration.ofHours(24);

  private final AssessmentRows rows;
  private final CaseAccess access;
  private final SafetyProperties properties;
  private final Clock clock;
  private final ZoneId zone;

  /** What kind of assessment. */
  public enum Kind {
    CRS,
    ICANS,
    ICE,
    BLOOD_COUNT
  }

  /** One assessment with its grade, reasons and the management suggested for the grade. */
  public record AssessmentView(
      UUID id,
      Kind kind,
      Instant assessedAt,
      Optional<Long> dayAfterInfusion,
      Optional<Integer> grade,
      Optional<Integer> score,
      String findings,
      List<String> reasons,
      List<String> suggestedManagement,
      String managementSource,
      String recordedBy,
      Optional<String> confirmedBy,
      Optional<Instant> confirmedAt) {}

  /** The case's assessments in time order, days counted from infusion, and early ICAHT so far. */
  public record Series(
      UUID caseId,
      Optional<Instant> infusedAt,
      List<AssessmentView> assessments,
      Optional<Icaht.Early> earlyIcaht) {}

  @Transactional
  public AssessmentView recordCrs(UUID caseId, Instant at, CrsFindings findings, Actor actor) {
    CaseView found = writable(caseId, at, actor);
    Grade grade = CrsGrading.grade(findings, properties.settings());
    return store(
        found,
        Kind.CRS,
        at,
        Optional.of(grade.value()),
        Optional.empty(),
        findings.toString(),
        grade.reasons(),
        Management.forCrs(grade.value()),
        actor);
  }

  @Transactional
  public AssessmentView recordIcans(UUID caseId, Instant at, IcansFindings findings, Actor actor) {
    CaseView found = writable(caseId, at, actor);
    Grade grade = IcansGrading.grade(findings, properties.settings());
    boolean concurrentCrs =
        rows.ofCase(caseId).stream()
            .filter(row -> row.kind().equals(Kind.CRS.name()))
            .filter(row -> !row.assessedAt().isAfter(at))
            .filter(row -> Duration.between(row.assessedAt(), at).compareTo(CONCURRENT_CRS) <= 0)
            .reduce((first, second) -> second)
            .flatMap(AssessmentRows.Row::grade)
            .map(crs -> crs >= 1)
            .orElse(false);
    List<String> reasons = new ArrayList<>(grade.reasons());
    reasons.add(
        concurrentCrs
            ? "concurrent CRS graded in the 24 h before"
            : "no concurrent CRS graded in the 24 h before");
    return store(
        found,
        Kind.ICANS,
        at,
        Optional.of(grade.value()),
        Optional.empty(),
        findings.toString(),
        reasons,
        Management.forIcans(grade.value(), concurrentCrs),
        actor);
  }

  @Transactional
  public AssessmentView recordIce(UUID caseId, Instant at, IceScore ice, Actor actor) {
    CaseView found = writable(caseId, at, actor);
    return store(
        found,
        Kind.ICE,
        at,
        Optional.empty(),
        ice.score(),
        ice.unableToPerform() ? "unable to perform" : "ICE " + ice.score().orElseThrow(),
        ice.reasons(),
        List.of(),
        actor);
  }

  @Transactional
  public AssessmentView recordBloodCount(
      UUID caseId,
      Instant at,
      double ancPerUl,
      Optional<Double> plateletsPerNl,
      Optional<Double> hemoglobinGDl,
      Actor actor) {
    CaseView found = writable(caseId, at, actor);
    refuseOutside(
        Optional.of(ancPerUl),
        0,
        100_000,
        () ->
            Refusal.invalidField("bloodCount.ancPerUl", "must be between 0 and 100000 cells/µL")
                .withWords("refusal.assessment.anc"));
    refuseOutside(
        plateletsPerNl,
        0,
        2000,
        () ->
            Refusal.invalidField("bloodCount.plateletsPerNl", "must be between 0 and 2000 × 10⁹/L")
                .withWords("refusal.assessment.platelets"));
    refuseOutside(
        hemoglobinGDl,
        1,
        25,
        () ->
            Refusal.invalidField("bloodCount.hemoglobinGDl", "must be between 1 and 25 g/dL")
                .withWords("refusal.assessment.haemoglobin"));
    String findings =
        "ANC "
            + ancPerUl
            + "/µL"
            + plateletsPerNl.map(value -> ", platelets " + value + " × 10⁹/L").orElse("")
            + hemoglobinGDl.map(value -> ", Hb " + value + " g/dL").orElse("");
    // For a blood count, the score is the ANC in cells/µL: the series grades ICAHT from it.
    return store(
        found,
        Kind.BLOOD_COUNT,
        at,
        Optional.empty(),
        Optional.of((int) Math.round(ancPerUl)),
        findings,
        List.of("ICAHT is graded over the series (GET)"),
        List.of(),
        actor);
  }

  /** A physician confirms the suggested management (or records that it was considered). */
  @Transactional
  public AssessmentView confirm(UUID caseId, UUID assessmentId, Actor actor) {
    CaseView found = access.write(caseId, actor, Role.PHYSICIAN);
    AssessmentRows.Row row =
        rows.find(assessmentId)
            .filter(candidate -> candidate.caseId().equals(caseId))
            .orElseThrow(
                () ->
                    Refusal.notFound("No assessment " + assessmentId + " on case " + caseId)
                        .withWords("refusal.assessment.notFound", assessmentId, caseId));
    if (!rows.confirm(assessmentId, now(), actor.username())) {
      throw new Refusal(
              Refusal.Kind.CONFLICT,
              "Assessment "
                  + assessmentId
                  + " was already confirmed by "
                  + row.confirmedBy().orElse("someone"))
          .withWords(
              "refusal.assessment.confirmed", assessmentId, row.confirmedBy().orElse("someone"));
    }
    return view(rows.find(assessmentId).orElseThrow(), found.milestones().infusedAt());
  }

  @Transactional
  public Series series(UUID caseId, Actor actor) {
    CaseView found = access.read(caseId, actor);
    Optional<Instant> infused = found.milestones().infusedAt();
    List<AssessmentView> views =
        rows.ofCase(caseId).stream().map(row -> view(row, infused)).toList();
    return new Series(caseId, infused, views, earlyIcaht(rows.ofCase(caseId), infused));
  }

  private Optional<Icaht.Early> earlyIcaht(
      List<AssessmentRows.Row> all, Optional<Instant> infused) {
    if (infused.isEmpty()) {
      return Optional.empty();
    }
    Double[] lowest = new Double[31];
    int last = -1;
    for (AssessmentRows.Row row : all) {
      if (!row.kind().equals(Kind.BLOOD_COUNT.name())) {
        continue;
      }
      long day = day(row.assessedAt(), infused.get());
      if (day < 0 || day > 30) {
        continue;
      }
      double anc = row.score().orElseThrow();
      int d = (int) day;
      lowest[d] = lowest[d] == null ? anc : Math.min(lowest[d], anc);
      last = Math.max(last, d);
    }
    return last < 0
        ? Optional.empty()
        : Optional.of(Icaht.early(Arrays.asList(lowest).subList(0, last + 1)));
  }

  private CaseView writable(UUID caseId, Instant at, Actor actor) {
    CaseView found = access.write(caseId, actor, Role.PHYSICIAN, Role.NURSE);
    if (at.isAfter(now().plus(Duration.ofMinutes(5)))) {
      throw Refusal.invalidField("assessedAt", "must not be in the future")
          .withWords("refusal.field.notFuture");
    }
    // A grade dated before the patient was referred belongs to another story (often a typo).
    if (at.isBefore(found.referredAt())) {
      throw Refusal.invalidField(
              "assessedAt", "must not be before the referral (" + found.referredAt() + ")")
          .withWords("refusal.assessment.beforeReferral", found.referredAt());
    }
    return found;
  }

  private AssessmentView store(
      CaseView found,
      Kind kind,
      Instant at,
      Optional<Integer> grade,
      Optional<Integer> score,
      String findings,
      List<String> reasons,
      List<String> management,
      Actor actor) {
    AssessmentRows.Row row =
        new AssessmentRows.Row(
            UUID.randomUUID(),
            found.id(),
            kind.name(),
            StoredTime.of(at),
            grade,
            score,
            findings,
            reasons,
            management,
            now(),
            actor.username(),
            Optional.empty(),
            Optional.empty());
    rows.insert(row);
    return view(row, found.milestones().infusedAt());
  }

  private AssessmentView view(AssessmentRows.Row row, Optional<Instant> infused) {
    return new AssessmentView(
        row.id(),
        Kind.valueOf(row.kind()),
        row.assessedAt(),
        infused.map(at -> day(row.assessedAt(), at)),
        row.grade(),
        row.score(),
        row.findings(),
        row.reasons(),
        row.suggestedManagement(),
        row.suggestedManagement().isEmpty() ? "" : Management.SOURCE,
        row.recordedBy(),
        row.confirmedBy(),
        row.confirmedAt());
  }

  /** Days after infusion, by calendar days in Asia/Seoul (day 0 = the infusion day). */
  private long day(Instant at, Instant infused) {
    return ChronoUnit.DAYS.between(
        LocalDate.ofInstant(infused, zone), LocalDate.ofInstant(at, zone));
  }

  /** A count outside what a laboratory reports is a typing error, refused before it is graded. */
  private static void refuseOutside(
      Optional<Double> value, double low, double high, Supplier<Refusal> refusal) {
    if (value.filter(given -> !(given >= low && given <= high)).isPresent()) {
      throw refusal.get();
    }
  }

  private Instant now() {
    return StoredTime.now(clock);
  }
}
