package org.openv2v.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.safety.Assessments;
import org.openv2v.safety.FollowUps;
import org.openv2v.safety.Lymphodepletions;
import org.openv2v.safety.domain.CerebralEdema;
import org.openv2v.safety.domain.Consciousness;
import org.openv2v.safety.domain.CrsFindings;
import org.openv2v.safety.domain.FollowUpKind;
import org.openv2v.safety.domain.Hypotension;
import org.openv2v.safety.domain.IcansFindings;
import org.openv2v.safety.domain.MotorFinding;
import org.openv2v.safety.domain.OutcomeResponse;
import org.openv2v.safety.domain.OxygenSupport;
import org.openv2v.safety.domain.Seizure;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.openv2v.shared.ReplayClock;
import org.springframework.stereotype.Component;

/**
 * What the clinical team did after the journey's events, each on its own day through the real
 * services: the lymphodepletion course of a case in LYMPHODEPLETION, the daily CRS and ICANS checks
 * after an infusion (a typical course: fever from day 2, grade 2 CRS on day 3 with grade 1 ICANS on
 * day 4, resolved by day 7; CRS median onset 2–3 days, ICANS 4–6 days, Neelapu 2018 Nat Rev Clin
 * Oncol), and the follow-up items a team keeps: each done on its due day, except visits and reviews
 * of the last {@link #OPEN_DAYS} days, which stay open as a coordinator's recent overdue tasks.
 */
@Component
@RequiredArgsConstructor
class DemoAftercare {

  /**
   * Visits and reviews due in the last ten days stay open: the few, recent overdue tasks of a real
   * team. Daily checks are always done on their day.
   */
  static final int OPEN_DAYS = 10;

  /** Daily checks recorded in the first ten days after infusion (ASTCT: daily while at risk). */
  private static final int ASSESSED_DAYS = 10;

  /** Temperature (°C) by day after infusion, and hypotension needing fluids on day 3. */
  private static final double[] TEMPERATURE = {
    36.8, 37.3, 38.6, 39.1, 38.3, 37.6, 37.0, 36.8, 36.7, 36.8, 36.6
  };

  /** ICE score (10 is normal; 7–9 is ICANS grade 1) by day after infusion. */
  private static final int[] ICE = {10, 10, 10, 10, 8, 9, 10, 10, 10, 10, 10};

  private final Lymphodepletions lymphodepletions;
  private final Assessments assessments;
  private final FollowUps followUps;

  /** The care that goes with the events the case went through, at {@code at} of each event. */
  void after(
      CaseView opened,
      Map<CaseEventType, Instant> events,
      boolean stoppedInLymphodepletion,
      Instant now,
      ZoneId zone,
      Set<String> allSites) {
    if (!DemoUsers.CLINICAL_SITES.contains(opened.treatmentCentreId())) {
      return;
    }
    Actor physician = DemoUsers.seeding(Role.PHYSICIAN, allSites);
    Instant started = events.get(CaseEventType.LYMPHODEPLETION_STARTED);
    if (stoppedInLymphodepletion && started != null) {
      LocalDate day = started.atZone(zone).toLocalDate();
      ReplayClock.run(
          started.plus(Duration.ofHours(2)),
          () ->
              lymphodepletions.record(
                  opened.id(),
                  day,
                  Optional.empty(),
                  Optional.of("Fludarabine and cyclophosphamide, day 1 given"),
                  physician));
    }
    Instant infused = events.get(CaseEventType.INFUSED);
    if (infused == null) {
      return;
    }
    assess(opened, infused, events.get(CaseEventType.CLOSED), now, zone, allSites);
    keepFollowUp(opened, events.get(CaseEventType.CLOSED), now, zone, allSites);
  }

  private void assess(
      CaseView opened, Instant infused, Instant closed, Instant now, ZoneId zone, Set<String> all) {
    Actor nurse = DemoUsers.seeding(Role.NURSE, all);
    LocalDate infusionDay = infused.atZone(zone).toLocalDate();
    double age = Period.between(opened.patient().birthDate(), infusionDay).getYears();
    boolean crsSeen = false;
    for (int day = 0; day <= ASSESSED_DAYS; day++) {
      Instant at =
          day == 0
              ? infused.plus(Duration.ofHours(4))
              : infusionDay.plusDays(day).atTime(LocalTime.of(9, 0)).atZone(zone).toInstant();
      if (!at.plus(Duration.ofMinutes(10)).isBefore(now)
          || (closed != null && !at.isBefore(closed))) {
        return;
      }
      double temperature = TEMPERATURE[day];
      boolean fever = temperature >= 38.0;
      CrsFindings crs =
          new CrsFindings(
              temperature,
              false,
              crsSeen,
              crsSeen && !fever,
              day == 3 ? Hypotension.FLUIDS_ONLY : Hypotension.NONE,
              false,
              OxygenSupport.NONE,
              Optional.empty(),
              false);
      crsSeen |= fever;
      IcansFindings icans =
          new IcansFindings(
              age,
              Optional.of(ICE[day]),
              false,
              Optional.empty(),
              false,
              Consciousness.NORMAL,
              false,
              Seizure.NONE,
              MotorFinding.NONE,
              CerebralEdema.NONE,
              false);
      ReplayClock.run(
          at.plus(Duration.ofMinutes(5)),
          () -> {
            assessments.recordCrs(opened.id(), at, crs, nurse);
            assessments.recordIcans(opened.id(), at.plus(Duration.ofMinutes(2)), icans, nurse);
          });
    }
  }

  private void keepFollowUp(
      CaseView opened, Instant closed, Instant now, ZoneId zone, Set<String> all) {
    Actor coordinator = DemoUsers.seeding(Role.COORDINATOR, all);
    LocalDate today = now.atZone(zone).toLocalDate();
    LocalDate lastDone = today.minusDays(OPEN_DAYS + 1L);
    Optional<LocalDate> closedOn =
        Optional.ofNullable(closed).map(c -> c.atZone(zone).toLocalDate());
    for (FollowUps.FollowUpView item : followUps.schedule(opened.id(), coordinator)) {
      if (item.doneOn().isPresent() || item.kind().isPeriod()) {
        continue;
      }
      boolean afterClosure = closedOn.isPresent() && item.dueOn().isAfter(closedOn.get());
      boolean leftOpen =
          item.dueOn().isAfter(lastDone)
              && (item.kind() != FollowUpKind.DAILY_CHECK || !item.dueOn().isBefore(today));
      if (leftOpen && !afterClosure) {
        continue;
      }
      LocalDate doneOn = afterClosure ? closedOn.get() : item.dueOn();
      if (doneOn.isAfter(today)) {
        continue;
      }
      Optional<OutcomeResponse> response = response(item.kind(), afterClosure);
      Optional<String> note =
          afterClosure
              ? Optional.of("Closed: the patient died of progressive lymphoma")
              : Optional.empty();
      ReplayClock.run(
          doneOn.atTime(LocalTime.of(17, 0)).atZone(zone).toInstant(),
          () -> followUps.markDone(opened.id(), item.id(), doneOn, note, response, coordinator));
    }
  }

  /** Responses where the item records one: complete while well, progression at death. */
  private static Optional<OutcomeResponse> response(FollowUpKind kind, boolean afterClosure) {
    return switch (kind) {
      case DAY_28_RESPONSE, DAY_90_RESPONSE, HIRA_OUTCOME_6_MONTHS, HIRA_OUTCOME_12_MONTHS ->
          Optional.of(
              afterClosure
                  ? OutcomeResponse.PROGRESSIVE_METABOLIC_DISEASE
                  : OutcomeResponse.COMPLETE_METABOLIC_RESPONSE);
      default -> Optional.empty();
    };
  }
}
