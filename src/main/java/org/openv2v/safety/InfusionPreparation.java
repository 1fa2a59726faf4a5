package org.openv2v.safety;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseView;
import org.openv2v.safety.domain.LymphodepletionRegimen;
import org.openv2v.safety.internal.Regimens;
import org.openv2v.safety.internal.SafetyProperties;
import org.openv2v.security.Actor;
import org.openv2v.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks a case through the safety items of the pre-infusion checklist as a physician would, through
 * the same services and rules as real use: lymphodepletion finished at the earliest day of the
 * product's window, tocilizumab received and reserved, checklist signed. The demo network uses it
 * for its infused cases; nothing is bypassed.
 */
@Service
@RequiredArgsConstructor
public class InfusionPreparation {

  private final CaseAccess access;
  private final Regimens regimens;
  private final Lymphodepletions lymphodepletions;
  private final TocilizumabStock stock;
  private final PreInfusionChecklist checklist;
  private final SafetyProperties properties;
  private final Clock clock;
  private final ZoneId zone;

  /** Prepares the case for infusion today; {@code physician} must work at its treatment centre. */
  @Transactional
  public PreInfusionChecklist.Checklist prepare(UUID caseId, Actor physician) {
    CaseView found = access.read(caseId, physician);
    LymphodepletionRegimen regimen =
        regimens
            .of(found.productCode(), found.indication())
            .orElseThrow(
                () ->
                    new Refusal(
                            Refusal.Kind.UNPROCESSABLE,
                            "No lymphodepletion regimen is known for " + found.productCode())
                        .withWords("refusal.lymphodepletion.noRegimen", found.productCode()));
    LocalDate finished =
        LocalDate.now(clock.withZone(zone)).minusDays(regimen.infusionWindow().minDays());
    LocalDate started = finished.minusDays(regimen.lastDoseDay() - regimen.firstDoseDay());
    lymphodepletions.record(
        caseId, started, Optional.of(finished), Optional.of("Prepared for infusion"), physician);
    int doses = properties.tocilizumabDosesRequired();
    if (doses > 0) {
      stock.receive(
          found.treatmentCentreId(),
          doses,
          "PREP-" + caseId.toString().substring(0, 8),
          Optional.empty(),
          physician);
      stock.reserve(caseId, doses, physician);
    }
    return checklist.sign(caseId, true, true, true, Optional.empty(), physician);
  }
}
