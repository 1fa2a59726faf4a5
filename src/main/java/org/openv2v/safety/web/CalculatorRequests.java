package org.openv2v.safety.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openv2v.safety.domain.BiologicalSex;
import org.openv2v.safety.domain.BsaFormula;
import org.openv2v.safety.domain.CerebralEdema;
import org.openv2v.safety.domain.Consciousness;
import org.openv2v.safety.domain.CrpUnit;
import org.openv2v.safety.domain.CrsFindings;
import org.openv2v.safety.domain.Hypotension;
import org.openv2v.safety.domain.IcansFindings;
import org.openv2v.safety.domain.MotorFinding;
import org.openv2v.safety.domain.OxygenSupport;
import org.openv2v.safety.domain.Seizure;
import org.openv2v.shared.Refusal;

/**
 * The calculators' request bodies. Booleans of the contracts are required: a missing or null one is
 * refused with 400 rather than read as false. Ranges are checked by the rules, naming the field.
 */
final class CalculatorRequests {

  private CalculatorRequests() {}

  /** A score that must be a whole number; empty when absent. */
  static Optional<Integer> whole(String field, Double value) {
    if (value == null) {
      return Optional.empty();
    }
    if (!Double.isFinite(value) || value != Math.rint(value)) {
      throw Refusal.invalidField(field, "must be a whole number, was " + value)
          .withWords("refusal.field.notWhole", value);
    }
    if (Math.abs(value) > 1000) {
      throw Refusal.invalidField(field, "is out of range, was " + value)
          .withWords("refusal.field.outOfRange", value);
    }
    return Optional.of(value.intValue());
  }

  record CrsRequest(
      @NotNull Double temperatureC,
      @NotNull Boolean feverOtherCause,
      @NotNull Boolean crsPreviouslyDiagnosed,
      @NotNull Boolean antipyreticOrAnticytokineGiven,
      @NotNull Hypotension hypotension,
      @NotNull Boolean vasopressinOnlyAdded,
      @NotNull OxygenSupport oxygen,
      Double oxygenFlowLpm,
      @NotNull Boolean deathDueToCrs) {}

  /** What a CRS request states, as the grading reads it: the calculator's and a recorded one's. */
  static CrsFindings findings(CrsRequest in) {
    return new CrsFindings(
        in.temperatureC(),
        in.feverOtherCause(),
        in.crsPreviouslyDiagnosed(),
        in.antipyreticOrAnticytokineGiven(),
        in.hypotension(),
        in.vasopressinOnlyAdded(),
        in.oxygen(),
        Optional.ofNullable(in.oxygenFlowLpm()),
        in.deathDueToCrs());
  }

  /**
   * Either the five items, or unableToPerform true. Scores are read as numbers and must be whole:
   * 4.5 is refused rather than truncated.
   */
  record IceRequest(
      Double orientation,
      Double naming,
      Double commands,
      Double writing,
      Double attention,
      Boolean unableToPerform) {}

  record IcansRequest(
      @NotNull Double ageYears,
      Double iceScore,
      @NotNull Boolean iceUnableToPerform,
      Double capdScore,
      Boolean developmentalDelay,
      @NotNull Consciousness consciousness,
      @NotNull Boolean consciousnessOtherCause,
      @NotNull Seizure seizure,
      @NotNull MotorFinding motor,
      @NotNull CerebralEdema cerebralEdema,
      @NotNull Boolean deathDueToIcans) {}

  /**
   * What an ICANS request states, as the grading reads it. {@code path} goes before a field's name
   * in a refusal: "" for the calculator's own body, "icans." inside an assessment.
   */
  static IcansFindings findings(IcansRequest in, String path) {
    return new IcansFindings(
        in.ageYears(),
        whole(path + "iceScore", in.iceScore()),
        in.iceUnableToPerform(),
        whole(path + "capdScore", in.capdScore()),
        Boolean.TRUE.equals(in.developmentalDelay()),
        in.consciousness(),
        in.consciousnessOtherCause(),
        in.seizure(),
        in.motor(),
        in.cerebralEdema(),
        in.deathDueToIcans());
  }

  record BsaRequest(
      @NotNull Double heightCm, @NotNull Double weightKg, @NotNull BsaFormula formula) {}

  /** {@code previousDosesAt} and {@code at}, when given, check the repeat rules too. */
  record TocilizumabRequest(@NotNull Double weightKg, List<Instant> previousDosesAt, Instant at) {}

  record CrclRequest(
      @NotNull Double ageYears,
      @NotNull Double weightKg,
      @NotNull Double serumCreatinineMgDl,
      @NotNull BiologicalSex sex) {}

  /**
   * Either {@code crclMlMin}, or age, sex and serum creatinine to compute it by Cockcroft–Gault;
   * {@code infusionDate} turns the schedule's days into dates.
   */
  record LymphodepletionRequest(
      @NotBlank String productCode,
      @NotBlank String indication,
      @NotNull Double heightCm,
      @NotNull Double weightKg,
      BsaFormula bsaFormula,
      Double crclMlMin,
      Double ageYears,
      BiologicalSex sex,
      Double serumCreatinineMgDl,
      LocalDate infusionDate) {}

  /** Daily ANC from day 0 (null for a day without a count), and/or ANC values after day +30. */
  record IcahtRequest(List<Double> ancByDay, List<Double> lateAnc) {}

  record HematotoxRequest(
      @NotNull Double plateletsPerNl,
      @NotNull Double ancPerUl,
      @NotNull Double hemoglobinGDl,
      @NotNull Double crp,
      @NotNull CrpUnit crpUnit,
      @NotNull Double ferritinNgMl) {}

  record DoseCheckRequest(
      @NotBlank String productCode,
      @NotBlank String indication,
      @NotNull Double weightKg,
      Double viableCarPositiveCells) {}
}
