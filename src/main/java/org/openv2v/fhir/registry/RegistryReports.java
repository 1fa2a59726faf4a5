package org.openv2v.fhir.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Pre-fills the CIBMTR and EBMT cellular-therapy forms of one case from what the platform recorded.
 * A form is due only once the case has been infused. What the platform does not record (prior
 * therapies, disease status, survival, infections…) is listed as missing for the team to add in the
 * registry's own system. Korea's MFDS and HIRA reports are filled by {@link KoreanReports}.
 */
public final class RegistryReports {

  static final String FIM = "CIBMTR Forms Instruction Manual, ";
  static final String EBMT = "EBMT registry guidance, cellular therapy";

  /** Follow-up time points: day 100, month 6, then yearly to year 15 (CIBMTR 4100 track). */
  static final List<String> FOLLOW_UPS = followUps();

  private final RegistryFacts facts;

  private RegistryReports(RegistryFacts facts) {
    this.facts = facts;
  }

  /** Every form of the case with its due date, in due order; empty before infusion. */
  public static List<FilledForm> all(RegistryFacts facts) {
    if (facts.infusedOn().isEmpty()) {
      return List.of();
    }
    RegistryReports reports = new RegistryReports(facts);
    List<FilledForm> forms = new ArrayList<>();
    forms.add(reports.preInfusion());
    forms.add(reports.product());
    forms.add(reports.infusion());
    for (String timepoint : FOLLOW_UPS) {
      forms.add(reports.followUp(timepoint));
      if (timepoint.equals("day-100")) {
        forms.add(reports.ebmt(RegistryForm.EBMT_CT_DAY_100, timepoint));
      } else {
        forms.add(reports.ebmt(RegistryForm.EBMT_CT_FOLLOW_UP, timepoint));
      }
    }
    forms.addAll(KoreanReports.all(facts));
    return forms.stream().sorted(Comparator.comparing(FilledForm::dueOn)).toList();
  }

  /** One form's time point and due day, without its fields. */
  public record Due(RegistryForm form, String timepoint, LocalDate dueOn) {}

  /**
   * Every form of a case infused on that day for that indication, with its due day. The due days
   * depend on nothing else, so the other facts are left blank: the fields are not built for use.
   */
  public static List<Due> due(LocalDate infusedOn, String indication) {
    RegistryFacts skeleton =
        new RegistryFacts(
            "",
            "",
            infusedOn,
            "",
            null,
            null,
            "",
            "",
            "",
            "",
            "",
            "",
            indication,
            "",
            "",
            Optional.empty(),
            Optional.empty(),
            Optional.of(infusedOn),
            List.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            false);
    return all(skeleton).stream().map(f -> new Due(f.form(), f.timepoint(), f.dueOn())).toList();
  }

  /** One form at one time point. */
  public static Optional<FilledForm> one(RegistryFacts facts, RegistryForm form, String timepoint) {
    return all(facts).stream()
        .filter(f -> f.form() == form && f.timepoint().equals(timepoint))
        .findFirst();
  }

  private static List<String> followUps() {
    List<String> points = new ArrayList<>(List.of("day-100", "month-6"));
    for (int year = 1; year <= 15; year++) {
      points.add("year-" + year);
    }
    return List.copyOf(points);
  }

  /** The day a follow-up time point falls on, counted from infusion. */
  static LocalDate dayOf(LocalDate infused, String timepoint) {
    if (timepoint.equals("day-100")) {
      return infused.plusDays(100);
    }
    if (timepoint.equals("month-6")) {
      return infused.plusMonths(6);
    }
    return infused.plusYears(Integer.parseInt(timepoint.substring("year-".length())));
  }

  private LocalDate infused() {
    return facts.infusedOn().orElseThrow();
  }

  private FilledForm form(
      RegistryForm form,
      String timepoint,
      LocalDate due,
      String dueSource,
      List<FilledForm.Field> fields) {
    return FilledForm.of(form, facts.caseReference(), timepoint, due, dueSource, fields);
  }

  /**
   * One of the forms reported with the infusion (4000, and by assumption 4003 and 4006): the CIBMTR
   * window for 4000 is 30 days from infusion, and the other two are taken to share it.
   */
  private FilledForm infusionForm(
      RegistryForm form, String dueSource, List<FilledForm.Field> fields) {
    return form(form, "infusion", infused().plusDays(30), dueSource, fields);
  }

  private static FilledForm.Field field(String id, String label, Optional<?> value, String source) {
    return new FilledForm.Field(id, label, value.map(Object::toString), source);
  }

  private static FilledForm.Field known(String id, String label, Object value, String source) {
    return field(id, label, Optional.ofNullable(value), source);
  }

  private static FilledForm.Field unrecorded(String id, String label) {
    return new FilledForm.Field(id, label, Optional.empty(), "not recorded by OpenV2V");
  }

  private List<FilledForm.Field> recipient(String prefix) {
    return List.of(
        known(prefix + ".birthDate", "Recipient date of birth", facts.birthDate(), "referral"),
        known(prefix + ".sex", "Recipient sex", facts.sex(), "referral"),
        unrecorded(prefix + ".crid", "CIBMTR Research ID (CRID)"));
  }

  private FilledForm preInfusion() {
    List<FilledForm.Field> fields = new ArrayList<>(recipient("4000"));
    fields.addAll(
        List.of(
            known("4000.weightKg", "Recipient weight (kg)", facts.weightKg(), "referral"),
            known("4000.heightCm", "Recipient height (cm)", facts.heightCm(), "referral"),
            unrecorded(
                "4000.priorCellularTherapy",
                "Has the recipient received a prior cellular therapy?"),
            unrecorded("4000.priorHct", "Has the recipient received a prior HCT?"),
            known(
                "4000.productName",
                "Product name",
                facts.productName() + " (" + facts.genericName() + ")",
                "catalogue"),
            known(
                "4000.productIdentifier",
                "Product identifier (ISBT 128 DIN)",
                facts.din(),
                "identity"),
            known(
                "4000.indication",
                "Primary disease for cellular therapy",
                facts.indication() + ": " + facts.indicationDescription(),
                "referral"),
            unrecorded(
                "4000.diseaseStatus",
                "Disease assessment at last evaluation before cellular therapy"),
            unrecorded(
                "4000.priorSystemicTherapy",
                "Systemic therapy before cellular therapy (lines, agents)"),
            unrecorded("4000.bridgingTherapy", "Bridging therapy"),
            field(
                "4000.lymphodepletionStart",
                "Lymphodepleting therapy start date",
                facts.lymphodepletionStartedOn(),
                "lymphodepletion course"),
            field(
                "4000.lymphodepletionEnd",
                "Lymphodepleting therapy end date",
                facts.lymphodepletionFinishedOn(),
                "lymphodepletion course"),
            unrecorded("4000.performanceScore", "Karnofsky/Lansky performance score"),
            unrecorded("4000.comorbidities", "Comorbid conditions"),
            unrecorded(
                "4000.infectionBeforeInfusion", "Infection requiring therapy before infusion")));
    return infusionForm(
        RegistryForm.CIBMTR_4000, FIM + "4000 (due within 30 days of infusion)", fields);
  }

  private FilledForm product() {
    List<FilledForm.Field> fields =
        List.of(
            known(
                "4003.productIdentifier",
                "Product identifier (ISBT 128 DIN)",
                facts.din(),
                "identity"),
            known("4003.productName", "Product name", facts.productName(), "catalogue"),
            known(
                "4003.manufacturer",
                "Manufacturer",
                facts.marketingHolder() + " (" + facts.manufacturingSiteId() + ")",
                "catalogue, case"),
            field(
                "4003.collectionDate",
                "Date of collection (apheresis)",
                facts.apheresisOn(),
                "case events"),
            known(
                "4003.tissueSource",
                "Source",
                "peripheral blood (leukapheresis, autologous)",
                "platform: autologous CAR T cells"),
            known(
                "4003.cellType",
                "Cell type",
                "T cells, genetically modified (CAR " + facts.target() + ")",
                "catalogue"),
            known(
                "4003.geneticManipulation",
                "Was the product genetically modified?",
                "yes",
                "platform: CAR T-cell products"),
            field(
                "4003.releaseDate",
                "Date the product was released",
                facts.releasedOn(),
                "case events"),
            known("4003.bagCount", "Number of bags", facts.productBags().size(), "custody scans"),
            unrecorded("4003.productAnalysis", "Product analysis (cell counts, viability)"));
    return infusionForm(
        RegistryForm.CIBMTR_4003, FIM + "4003 (assumption: due with form 4000)", fields);
  }

  private FilledForm infusion() {
    List<FilledForm.Field> fields =
        List.of(
            known("4006.productName", "Product name", facts.productName(), "catalogue"),
            known(
                "4006.productIdentifier",
                "Cell product identifier / batch",
                facts.din(),
                "identity"),
            known("4006.infusionDate", "Date of infusion", infused(), "case events"),
            known("4006.route", "Route", "intravenous", "product label"),
            known(
                "4006.bagsInfused",
                "Bags infused",
                String.join(
                    " ", facts.productBags().stream().map(n -> facts.din() + "0" + n).toList()),
                "custody scans"),
            unrecorded("4006.entireVolumeInfused", "Was the entire volume infused?"),
            unrecorded("4006.cellsInfused", "Total cells infused (CAR-positive viable T cells)"),
            unrecorded("4006.concomitantTherapy", "Concomitant therapy"));
    return infusionForm(
        RegistryForm.CIBMTR_4006, FIM + "4006 (assumption: due with form 4000)", fields);
  }

  /** The reporting period of a time point: after the previous one, up to and including its day. */
  private Predicate<LocalDate> period(String timepoint) {
    int index = FOLLOW_UPS.indexOf(timepoint);
    LocalDate from = index == 0 ? infused() : dayOf(infused(), FOLLOW_UPS.get(index - 1));
    LocalDate to = dayOf(infused(), timepoint);
    return day -> (index == 0 ? !day.isBefore(from) : day.isAfter(from)) && !day.isAfter(to);
  }

  private List<FilledForm.Field> toxicity(
      String prefix,
      String name,
      Optional<RegistryFacts.Toxicity> toxicity,
      Predicate<LocalDate> period,
      String source) {
    Optional<RegistryFacts.Toxicity> inPeriod = toxicity.filter(t -> period.test(t.onset()));
    List<FilledForm.Field> fields = new ArrayList<>();
    fields.add(
        known(
            prefix,
            "Did " + name + " occur in this period?",
            inPeriod.isPresent() ? "yes" : "no",
            source));
    inPeriod.ifPresent(
        t -> {
          fields.add(known(prefix + "OnsetDate", name + " date of onset", t.onset(), source));
          fields.add(
              known(
                  prefix + "HighestGrade",
                  name + " highest ASTCT grade",
                  t.highestGrade(),
                  source));
          fields.add(
              field(prefix + "ResolvedOn", name + " date of resolution", t.resolvedOn(), source));
        });
    return fields;
  }

  private Optional<String> bestResponse(Predicate<LocalDate> period) {
    return bestResponse(facts, period);
  }

  /** The best Lugano response assessed in the period (complete before partial, and so on). */
  static Optional<String> bestResponse(RegistryFacts facts, Predicate<LocalDate> period) {
    List<String> order =
        List.of(
            "COMPLETE_METABOLIC_RESPONSE",
            "PARTIAL_METABOLIC_RESPONSE",
            "NO_METABOLIC_RESPONSE",
            "PROGRESSIVE_METABOLIC_DISEASE");
    return facts.responses().stream()
        .filter(r -> period.test(r.on()))
        .map(RegistryFacts.Response::response)
        .min(Comparator.comparingInt(order::indexOf));
  }

  private FilledForm followUp(String timepoint) {
    Predicate<LocalDate> period = period(timepoint);
    List<FilledForm.Field> fields = new ArrayList<>();
    fields.add(known("4100.timepoint", "Follow-up time point", timepoint, "infusion date"));
    fields.add(unrecorded("4100.contactDate", "Date of last contact"));
    fields.add(unrecorded("4100.survivalStatus", "Survival status"));
    fields.add(
        field(
            "4100.bestResponse",
            "Best response in this period (Lugano 2014)",
            bestResponse(period),
            "follow-up response assessments"));
    fields.addAll(toxicity("4100.crs", "CRS", facts.crs(), period, "CRS assessments (ASTCT 2019)"));
    fields.add(
        unrecorded("4100.crsTherapy", "Therapy given for CRS (tocilizumab, corticosteroids)"));
    fields.addAll(
        toxicity("4100.icans", "ICANS", facts.icans(), period, "ICANS assessments (ASTCT 2019)"));
    fields.add(unrecorded("4100.relapseOrProgression", "Relapse or progression"));
    fields.add(unrecorded("4100.cellPersistence", "Persistence of the cellular product"));
    fields.add(unrecorded("4100.newMalignancy", "New malignancy"));
    fields.add(unrecorded("4100.infection", "Infections"));
    return form(
        RegistryForm.CIBMTR_4100,
        timepoint,
        dayOf(infused(), timepoint),
        FIM + "4100 (100 days, 6 months, then yearly; 15-year track for gene-modified products)",
        fields);
  }

  private FilledForm ebmt(RegistryForm form, String timepoint) {
    Predicate<LocalDate> period = period(timepoint);
    List<FilledForm.Field> fields = new ArrayList<>();
    fields.add(known("ebmt.timepoint", "Follow-up time point", timepoint, "infusion date"));
    fields.add(known("ebmt.infusionDate", "Date of cellular therapy", infused(), "case events"));
    fields.add(unrecorded("ebmt.survivalStatus", "Survival status"));
    fields.add(
        field(
            "ebmt.bestResponse",
            "Best response (Lugano 2014)",
            bestResponse(period),
            "follow-up response assessments"));
    fields.addAll(toxicity("ebmt.crs", "CRS", facts.crs(), period, "CRS assessments (ASTCT 2019)"));
    fields.addAll(
        toxicity("ebmt.icans", "ICANS", facts.icans(), period, "ICANS assessments (ASTCT 2019)"));
    return form(form, timepoint, dayOf(infused(), timepoint), EBMT, fields);
  }
}
