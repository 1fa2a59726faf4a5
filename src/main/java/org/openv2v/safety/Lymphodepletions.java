package org.openv2v.safety;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseView;
import org.openv2v.safety.internal.LymphodepletionRows;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
import org.openv2v.shared.StoredTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lymphodepleting chemotherapy given to a patient before infusion, as the team records it. */
@Service
@RequiredArgsConstructor
public class Lymphodepletions {

  /** No regimen in the catalogue lasts longer than 4 days; a course over 14 is a typing error. */
  static final int LONGEST_COURSE_DAYS = 14;

  private final CaseAccess access;
  private final LymphodepletionRows rows;
  private final Clock clock;
  private final ZoneId zone;

  /** A course as recorded. */
  public record Course(
      UUID id,
      UUID caseId,
      String productCode,
      String indication,
      LocalDate startedOn,
      Optional<LocalDate> finishedOn,
      Optional<String> note,
      Instant recordedAt,
      String recordedBy) {
    static Course of(LymphodepletionRows.Row row) {
      return new Course(
          row.id(),
          row.caseId(),
          row.productCode(),
          row.indication(),
          row.startedOn(),
          row.finishedOn(),
          row.note(),
          row.recordedAt(),
          row.recordedBy());
    }
  }

  @Transactional
  public Course record(
      UUID caseId,
      LocalDate startedOn,
      Optional<LocalDate> finishedOn,
      Optional<String> note,
      Actor actor) {
    CaseView found = access.write(caseId, actor, Role.PHYSICIAN, Role.NURSE);
    if (!found.state().isBeforeInfusion()) {
      throw new Refusal(
              Refusal.Kind.CONFLICT,
              "The case is " + found.state() + ": lymphodepletion is recorded before infusion")
          .withWords("refusal.lymphodepletion.state", found.state());
    }
    LocalDate today = LocalDate.now(clock.withZone(zone));
    if (startedOn.isAfter(today)) {
      throw Refusal.invalidField(
              "startedOn", "is in the future (" + startedOn + " after " + today + ")")
          .withWords("refusal.lymphodepletion.future", startedOn, today);
    }
    if (finishedOn.isPresent()) {
      LocalDate finished = finishedOn.get();
      if (finished.isBefore(startedOn)) {
        throw Refusal.invalidField("finishedOn", "is before startedOn")
            .withWords("refusal.lymphodepletion.beforeStart");
      }
      if (finished.isAfter(today)) {
        throw Refusal.invalidField(
                "finishedOn", "is in the future (" + finished + " after " + today + ")")
            .withWords("refusal.lymphodepletion.future", finished, today);
      }
      if (ChronoUnit.DAYS.between(startedOn, finished) > LONGEST_COURSE_DAYS) {
        throw Refusal.invalidField("finishedOn", "is more than 14 days after startedOn")
            .withWords("refusal.lymphodepletion.tooLong");
      }
    }
    LymphodepletionRows.Row row =
        new LymphodepletionRows.Row(
            UUID.randomUUID(),
            caseId,
            found.productCode(),
            found.indication(),
            found.treatmentCentreId(),
            startedOn,
            finishedOn,
            note,
            StoredTime.now(clock),
            actor.username());
    rows.insert(row);
    return Course.of(row);
  }

  @Transactional
  public List<Course> of(UUID caseId, Actor actor) {
    access.read(caseId, actor);
    return rows.of(caseId).stream().map(Course::of).toList();
  }
}
