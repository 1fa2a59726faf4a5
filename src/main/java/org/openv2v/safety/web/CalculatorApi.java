package org.openv2v.safety.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.openv2v.safety.domain.BodySurfaceArea;
import org.openv2v.safety.domain.BsaFormula;
import org.openv2v.safety.domain.CarHematotox;
import org.openv2v.safety.domain.CreatinineClearance;
import org.openv2v.safety.domain.CrsGrading;
import org.openv2v.safety.domain.DoseCheck;
import org.openv2v.safety.domain.Grade;
import org.openv2v.safety.domain.Icaht;
import org.openv2v.safety.domain.IcansGrading;
import org.openv2v.safety.domain.IceItems;
import org.openv2v.safety.domain.IceScore;
import org.openv2v.safety.domain.LymphodepletionPlan;
import org.openv2v.safety.domain.LymphodepletionRegimen;
import org.openv2v.safety.domain.Rounding;
import org.openv2v.safety.domain.RuleSettings;
import org.openv2v.safety.domain.TocilizumabDose;
import org.openv2v.safety.internal.DoseSpecifications;
import org.openv2v.safety.internal.Regimens;
import org.openv2v.safety.internal.SafetyProperties;
import org.openv2v.shared.Refusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Clinical calculators: pure functions of their input, no patient record involved. Every answer
 * names the rule set and the reasons; out-of-range or contradictory input is refused with 400
 * naming the field.
 */
@RestController
@RequestMapping("/api/v1/calculators")
@Tag(
    name = "Calculators",
    description = "CRS/ICANS grading, ICE, ICAHT, HEMATOTOX, BSA, CrCl, dosing")
@PreAuthorize("hasAnyRole('PHYSICIAN','NURSE','COORDINATOR')")
@RequiredArgsConstructor
class CalculatorApi {

  private final SafetyProperties properties;
  private final Regimens regimens;
  private final DoseSpecifications doses;

  record GradeAnswer(int grade, String system, List<String> reasons) {
    static GradeAnswer of(Grade grade) {
      return new GradeAnswer(grade.value(), grade.system(), grade.reasons());
    }
  }

  @PostMapping("/crs-grade")
  @Operation(summary = "ASTCT 2019 CRS grade (0–5) with its reasons")
  GradeAnswer crs(@Valid @RequestBody CalculatorRequests.CrsRequest in) {
    return GradeAnswer.of(CrsGrading.grade(CalculatorRequests.findings(in), settings()));
  }

  record IceAnswer(Integer score, boolean unableToPerform, List<String> reasons, String ruleSet) {}

  @PostMapping("/ice-score")
  @Operation(summary = "ICE score (0–10) from its five items, or unable to perform")
  IceAnswer ice(@RequestBody CalculatorRequests.IceRequest in) {
    IceScore score = iceOf(in);
    return new IceAnswer(
        score.score().orElse(null), score.unableToPerform(), score.reasons(), "ASTCT-2019 ICE");
  }

  static IceScore iceOf(CalculatorRequests.IceRequest in) {
    boolean anyItem =
        in.orientation() != null
            || in.naming() != null
            || in.commands() != null
            || in.writing() != null
            || in.attention() != null;
    if (Boolean.TRUE.equals(in.unableToPerform())) {
      if (anyItem) {
        throw Refusal.invalidField(
                "unableToPerform", "is true but ICE items were given: give one or the other")
            .withWords("refusal.calculator.iceOrUnable");
      }
      return IceScore.unable();
    }
    return IceScore.of(
        new IceItems(
            required("orientation", in.orientation()),
            required("naming", in.naming()),
            required("commands", in.commands()),
            required("writing", in.writing()),
            required("attention", in.attention())));
  }

  @PostMapping("/icans-grade")
  @Operation(summary = "ASTCT 2019 ICANS grade (0–5); CAPD for children (cut-off configurable)")
  GradeAnswer icans(@Valid @RequestBody CalculatorRequests.IcansRequest in) {
    return GradeAnswer.of(IcansGrading.grade(CalculatorRequests.findings(in, ""), settings()));
  }

  record BsaAnswer(double bsaM2, BsaFormula formula, List<String> reasons) {}

  @PostMapping("/bsa")
  @Operation(summary = "Body surface area, Mosteller or DuBois, in m² (4 decimals)")
  BsaAnswer bsa(@Valid @RequestBody CalculatorRequests.BsaRequest in) {
    BodySurfaceArea bsa = BodySurfaceArea.of(in.heightCm(), in.weightKg(), in.formula());
    return new BsaAnswer(Rounding.places(bsa.m2(), 4), bsa.formula(), bsa.reasons());
  }

  record TocilizumabAnswer(double doseMg, List<String> reasons, String ruleSet) {}

  @PostMapping("/tocilizumab-dose")
  @Operation(
      summary =
          "Tocilizumab dose for CRS: 12 mg/kg under 30 kg, 8 mg/kg from 30 kg, max 800 mg; with"
              + " previousDosesAt and at, also the 8 h / 3 in 24 h / 4 in total rules")
  TocilizumabAnswer tocilizumab(@Valid @RequestBody CalculatorRequests.TocilizumabRequest in) {
    TocilizumabDose dose = TocilizumabDose.forWeight(in.weightKg());
    List<String> reasons = new ArrayList<>(dose.reasons());
    if (in.previousDosesAt() != null && !in.previousDosesAt().isEmpty()) {
      if (in.at() == null) {
        throw Refusal.invalidField("at", "is required with previousDosesAt")
            .withWords("refusal.calculator.previousDoses");
      }
      List<String> problems = TocilizumabDose.scheduleProblems(in.previousDosesAt(), in.at());
      if (!problems.isEmpty()) {
        throw Refusal.invalidField(
                "at", "tocilizumab must not be given now: " + String.join("; ", problems))
            .withWords("refusal.calculator.tocilizumab", String.join("; ", problems));
      }
      reasons.add(in.previousDosesAt().size() + " earlier doses: the repeat rules allow this dose");
    }
    return new TocilizumabAnswer(dose.doseMg(), reasons, "Kymriah US PI 2018 Table 1; ASCO 2021");
  }

  record CrclAnswer(double crclMlMin, List<String> reasons, String ruleSet) {}

  @PostMapping("/crcl")
  @Operation(summary = "Creatinine clearance by Cockcroft–Gault, mL/min (1 decimal), adults")
  CrclAnswer crcl(@Valid @RequestBody CalculatorRequests.CrclRequest in) {
    CreatinineClearance crcl =
        CreatinineClearance.cockcroftGault(
            in.ageYears(), in.weightKg(), in.serumCreatinineMgDl(), in.sex());
    return new CrclAnswer(Rounding.places(crcl.mlPerMin(), 1), crcl.reasons(), "Cockcroft–Gault");
  }

  @PostMapping("/lymphodepletion")
  @Operation(
      summary =
          "Fludarabine/cyclophosphamide doses per day and the day schedule for a product;"
              + " fludarabine renally adjusted by the configured scheme; 422 where not to give")
  LymphodepletionPlan lymphodepletion(
      @Valid @RequestBody CalculatorRequests.LymphodepletionRequest in) {
    LymphodepletionRegimen regimen =
        regimens
            .of(in.productCode(), in.indication())
            .orElseThrow(
                () ->
                    new Refusal(
                            Refusal.Kind.UNPROCESSABLE,
                            "No lymphodepletion regimen is known for "
                                + in.productCode()
                                + " in "
                                + in.indication()
                                + "; obtain the product information")
                        .withWords(
                            "refusal.calculator.noRegimen", in.productCode(), in.indication()));
    BodySurfaceArea bsa =
        BodySurfaceArea.of(
            in.heightCm(),
            in.weightKg(),
            Optional.ofNullable(in.bsaFormula()).orElse(BsaFormula.MOSTELLER));
    double crcl;
    if (in.crclMlMin() != null) {
      if (in.serumCreatinineMgDl() != null) {
        throw Refusal.invalidField(
                "crclMlMin", "give either crclMlMin or serum creatinine to compute it, not both")
            .withWords("refusal.calculator.crclOrCreatinine");
      }
      crcl = in.crclMlMin();
    } else {
      if (in.serumCreatinineMgDl() == null) {
        throw Refusal.invalidField(
                "crclMlMin", "is required, or give ageYears, sex and serumCreatinineMgDl")
            .withWords("refusal.calculator.crclRequired");
      }
      crcl =
          CreatinineClearance.cockcroftGault(
                  in.ageYears(), in.weightKg(), in.serumCreatinineMgDl(), in.sex())
              .mlPerMin();
    }
    return LymphodepletionPlan.plan(
        regimen, in.indication(), bsa, crcl, Optional.ofNullable(in.infusionDate()), settings());
  }

  record IcahtAnswer(Icaht.Early early, Icaht.Late late, String system) {}

  @PostMapping("/icaht-grade")
  @Operation(
      summary =
          "Early (day 0–30, from daily ANC) and late (after day +30) ICAHT grade, EHA/EBMT 2023")
  IcahtAnswer icaht(@RequestBody CalculatorRequests.IcahtRequest in) {
    if (in.ancByDay() == null && in.lateAnc() == null) {
      throw Refusal.invalidField("ancByDay", "give ancByDay (from day 0) and/or lateAnc")
          .withWords("refusal.calculator.anc");
    }
    return new IcahtAnswer(
        in.ancByDay() == null ? null : Icaht.early(in.ancByDay()),
        in.lateAnc() == null ? null : Icaht.late(in.lateAnc()),
        Icaht.SYSTEM);
  }

  record HematotoxAnswer(int score, String risk, List<String> reasons, String system) {}

  @PostMapping("/car-hematotox")
  @Operation(summary = "CAR-HEMATOTOX score before lymphodepletion (0–7; ≥ 2 is high risk)")
  HematotoxAnswer hematotox(@Valid @RequestBody CalculatorRequests.HematotoxRequest in) {
    CarHematotox score =
        CarHematotox.score(
            in.plateletsPerNl(),
            in.ancPerUl(),
            in.hemoglobinGDl(),
            in.crp(),
            in.crpUnit(),
            in.ferritinNgMl());
    return new HematotoxAnswer(score.score(), score.risk(), score.reasons(), CarHematotox.SYSTEM);
  }

  @PostMapping("/dose-check")
  @Operation(
      summary =
          "The product's labelled dose range for the patient's weight, and whether the release"
              + " certificate's viable CAR+ T cells are within it")
  DoseCheck doseCheck(@Valid @RequestBody CalculatorRequests.DoseCheckRequest in) {
    return DoseCheck.check(
        in.productCode(),
        doses.of(in.productCode()),
        in.indication(),
        in.weightKg(),
        Optional.ofNullable(in.viableCarPositiveCells()));
  }

  private RuleSettings settings() {
    return properties.settings();
  }

  private static int required(String field, Double value) {
    return CalculatorRequests.whole(field, value)
        .orElseThrow(
            () ->
                Refusal.invalidField(field, "is required (or set unableToPerform)")
                    .withWords("refusal.calculator.iceRequired"));
  }
}
