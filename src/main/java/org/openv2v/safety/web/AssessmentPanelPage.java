package org.openv2v.safety.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.safety.Assessments;
import org.openv2v.safety.domain.CerebralEdema;
import org.openv2v.safety.domain.Consciousness;
import org.openv2v.safety.domain.CrsFindings;
import org.openv2v.safety.domain.Hypotension;
import org.openv2v.safety.domain.IcansFindings;
import org.openv2v.safety.domain.Management;
import org.openv2v.safety.domain.MotorFinding;
import org.openv2v.safety.domain.OxygenSupport;
import org.openv2v.safety.domain.Seizure;
import org.openv2v.security.Actor;
import org.openv2v.security.CurrentActor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
import org.openv2v.web.FormFields;
import org.openv2v.web.PageDates;
import org.openv2v.web.RefusalWords;
import org.openv2v.web.RefusedWith;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Assessments on the case page: CRS and ICANS grade curves since infusion, the latest ICE score and
 * blood count, each assessment's ASCO 2021 management as decision support for a physician to
 * confirm, and compact forms to record a CRS or ICANS assessment (graded by the calculators).
 */
@RefusedWith("safety/refused :: body")
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN','NURSE','AUDITOR')")
@RequiredArgsConstructor
class AssessmentPanelPage {

  private static final String VIEW = "safety/assessments :: body";

  private final PageDates dates;
  private final Assessments assessments;
  private final Cases cases;
  private final CurrentActor currentActor;
  private final MessageSource messages;
  private final Clock clock;
  private final ZoneId zone;

  private final RefusalWords refusalWords;

  /** One assessment as the panel lists it. */
  record Row(
      UUID id,
      String kind,
      String assessedAt,
      String day,
      String value,
      String findings,
      List<Step> management,
      String managementSource,
      String confirmedBy) {

    /**
     * A management step as the reader reads it: translated from the guideline's English when the
     * reader's language is not English and the step has a translation, else the guideline's own
     * words, marked {@code lang="en"}.
     */
    public record Step(String text, boolean translated) {}

    public boolean translated() {
      return management.stream().anyMatch(Step::translated);
    }

    public boolean confirmable() {
      return !management.isEmpty() && confirmedBy == null;
    }
  }

  @GetMapping("/cases/{id}/safety/assessments")
  String show(@PathVariable UUID id, Model model, Locale locale) {
    describe(id, currentActor.get(), model, locale, Map.of());
    return VIEW;
  }

  @PostMapping("/cases/{id}/safety/assessments/crs")
  @PreAuthorize("hasAnyRole('PHYSICIAN','NURSE')")
  String recordCrs(
      @PathVariable UUID id, @RequestParam Map<String, String> form, Model model, Locale locale) {
    return attempt(
        id,
        model,
        locale,
        form,
        "crs",
        actor -> assessments.recordCrs(id, assessedAt(form), crsFindings(form), actor));
  }

  @PostMapping("/cases/{id}/safety/assessments/icans")
  @PreAuthorize("hasAnyRole('PHYSICIAN','NURSE')")
  String recordIcans(
      @PathVariable UUID id, @RequestParam Map<String, String> form, Model model, Locale locale) {
    return attempt(
        id,
        model,
        locale,
        form,
        "icans",
        actor -> assessments.recordIcans(id, assessedAt(form), icansFindings(form), actor));
  }

  @PostMapping("/cases/{id}/safety/assessments/{assessmentId}/confirmation")
  @PreAuthorize("hasRole('PHYSICIAN')")
  String confirm(
      @PathVariable UUID id, @PathVariable UUID assessmentId, Model model, Locale locale) {
    return attempt(
        id,
        model,
        locale,
        Map.of(),
        "confirm",
        actor -> assessments.confirm(id, assessmentId, actor));
  }

  private Instant assessedAt(Map<String, String> form) {
    return FormFields.instant("assessedAt", form.get("assessedAt"), zone);
  }

  /** The CRS form's findings, as the grading reads them; death is not recorded from the panel. */
  private static CrsFindings crsFindings(Map<String, String> form) {
    return new CrsFindings(
        FormFields.number("temperatureC", form.get("temperatureC")),
        ticked(form, "feverOtherCause"),
        ticked(form, "crsPreviouslyDiagnosed"),
        ticked(form, "antipyreticOrAnticytokineGiven"),
        FormFields.choice("hypotension", form.get("hypotension"), Hypotension.class),
        ticked(form, "vasopressinOnlyAdded"),
        FormFields.choice("oxygen", form.get("oxygen"), OxygenSupport.class),
        FormFields.optionalNumber("oxygenFlowLpm", form.get("oxygenFlowLpm")),
        false);
  }

  /**
   * The ICANS form's findings, by ICE score: the panel asks no CAPD score, developmental delay or
   * other cause of a reduced consciousness, and death is not recorded from it.
   */
  private static IcansFindings icansFindings(Map<String, String> form) {
    return new IcansFindings(
        FormFields.number("ageYears", form.get("ageYears")),
        FormFields.optionalWhole("iceScore", form.get("iceScore")),
        ticked(form, "iceUnableToPerform"),
        Optional.empty(),
        false,
        FormFields.choice("consciousness", form.get("consciousness"), Consciousness.class),
        false,
        FormFields.choice("seizure", form.get("seizure"), Seizure.class),
        FormFields.choice("motor", form.get("motor"), MotorFinding.class),
        FormFields.choice("cerebralEdema", form.get("cerebralEdema"), CerebralEdema.class),
        false);
  }

  private String attempt(
      UUID id,
      Model model,
      Locale locale,
      Map<String, String> form,
      String which,
      Function<Actor, Assessments.AssessmentView> action) {
    Actor actor = currentActor.get();
    Map<String, String> kept = Map.of();
    try {
      Assessments.AssessmentView done = action.apply(actor);
      model.addAttribute("recorded", done.grade().map(Object::toString).orElse(""));
    } catch (Refusal refusal) {
      if (refusal.kind() == Refusal.Kind.NOT_FOUND && !which.equals("confirm")) {
        throw refusal;
      }
      model.addAttribute("problem", PanelProblem.of(refusal, refusalWords));
      model.addAttribute("problemForm", which);
      kept = form;
    }
    describe(id, actor, model, locale, kept);
    return VIEW;
  }

  private void describe(
      UUID id, Actor actor, Model model, Locale locale, Map<String, String> submitted) {
    Assessments.Series series = assessments.series(id, actor);
    CaseView found = cases.find(id, actor);
    DateTimeFormatter when = dates.dateTimeFormatter(locale);
    List<Assessments.AssessmentView> all = series.assessments();
    model.addAttribute("caseId", id);
    model.addAttribute("infused", series.infusedAt().isPresent());
    series
        .infusedAt()
        .ifPresent(
            infused ->
                model.addAttribute(
                    "curve",
                    GradeCurve.of(
                        infused,
                        List.of(
                            new GradeCurve.Line("CRS", marks(all, Assessments.Kind.CRS)),
                            new GradeCurve.Line("ICANS", marks(all, Assessments.Kind.ICANS))),
                        curveWords(locale),
                        locale)));
    model.addAttribute(
        "rows",
        all.stream()
            .sorted(Comparator.comparing(Assessments.AssessmentView::assessedAt).reversed())
            .map(view -> row(view, when, locale))
            .toList());
    model.addAttribute(
        "latestIce", latest(all, Assessments.Kind.ICE).map(v -> row(v, when, locale)).orElse(null));
    model.addAttribute(
        "latestBloodCount",
        latest(all, Assessments.Kind.BLOOD_COUNT).map(v -> row(v, when, locale)).orElse(null));
    model.addAttribute("earlyIcaht", series.earlyIcaht().map(early -> early.grade()).orElse(null));
    boolean atCentre = actor.worksAt(found.treatmentCentreId());
    model.addAttribute("canRecord", atCentre && actor.is(Role.PHYSICIAN, Role.NURSE));
    model.addAttribute("canConfirm", atCentre && actor.is(Role.PHYSICIAN));
    Map<String, String> form = new HashMap<>(submitted);
    form.putIfAbsent(
        "assessedAt",
        clock.instant().atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString());
    Optional.ofNullable(found.patient().birthDate())
        .ifPresent(
            born ->
                form.putIfAbsent(
                    "ageYears",
                    Integer.toString(
                        Period.between(born, LocalDate.now(clock.withZone(zone))).getYears())));
    model.addAttribute("form", form);
    model.addAttribute("hypotensions", Hypotension.values());
    model.addAttribute("oxygens", OxygenSupport.values());
    model.addAttribute("consciousnesses", Consciousness.values());
    model.addAttribute("seizures", Seizure.values());
    model.addAttribute("motors", MotorFinding.values());
    model.addAttribute("edemas", CerebralEdema.values());
  }

  private GradeCurve.Words curveWords(Locale locale) {
    return new GradeCurve.Words() {
      @Override
      public String title() {
        return messages.getMessage("safety.assessments.curve", null, locale);
      }

      @Override
      public String days() {
        return messages.getMessage("safety.assessments.xAxis", null, locale);
      }

      @Override
      public String grade() {
        return messages.getMessage("safety.assessments.yAxis", null, locale);
      }

      @Override
      public String point(String kind, double day, int grade) {
        java.text.DecimalFormat oneDecimal =
            new java.text.DecimalFormat("0.0", java.text.DecimalFormatSymbols.getInstance(locale));
        return messages.getMessage(
            "safety.assessments.point", new Object[] {kind, oneDecimal.format(day), grade}, locale);
      }
    };
  }

  private static List<GradeCurve.Mark> marks(
      List<Assessments.AssessmentView> all, Assessments.Kind kind) {
    return all.stream()
        .filter(view -> view.kind() == kind && view.grade().isPresent())
        .map(view -> new GradeCurve.Mark(view.assessedAt(), view.grade().get()))
        .toList();
  }

  private static Optional<Assessments.AssessmentView> latest(
      List<Assessments.AssessmentView> all, Assessments.Kind kind) {
    return all.stream()
        .filter(view -> view.kind() == kind)
        .max(Comparator.comparing(Assessments.AssessmentView::assessedAt));
  }

  private Row row(Assessments.AssessmentView view, DateTimeFormatter when, Locale locale) {
    String value =
        view.grade()
            .map(grade -> "G" + grade)
            .or(() -> view.score().map(Object::toString))
            .orElse("—");
    return new Row(
        view.id(),
        view.kind().name(),
        when.format(view.assessedAt()),
        view.dayAfterInfusion().map(Object::toString).orElse(null),
        value,
        view.findings(),
        view.suggestedManagement().stream().map(step -> step(step, locale)).toList(),
        view.managementSource(),
        view.confirmedBy().orElse(null));
  }

  /** The step in the reader's language, if the guideline's step has a translation in it. */
  private Row.Step step(String english, Locale locale) {
    if (locale.getLanguage().equals("en")) {
      return new Row.Step(english, false);
    }
    return Management.Step.of(english)
        .map(step -> messages.getMessage("safety.management." + step.name(), null, english, locale))
        .filter(text -> !text.equals(english))
        .map(text -> new Row.Step(text, true))
        .orElse(new Row.Step(english, false));
  }

  private static boolean ticked(Map<String, String> form, String field) {
    String value = form.get(field);
    return value != null && (value.equals("on") || value.equals("true"));
  }
}
