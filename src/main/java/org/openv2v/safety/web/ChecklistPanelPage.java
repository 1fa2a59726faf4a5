package org.openv2v.safety.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.safety.Lymphodepletions;
import org.openv2v.safety.PreInfusionChecklist;
import org.openv2v.safety.TocilizumabStock;
import org.openv2v.safety.domain.ChecklistItem;
import org.openv2v.safety.internal.SafetyProperties;
import org.openv2v.security.Actor;
import org.openv2v.security.CurrentActor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
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
 * The pre-infusion checklist on the case page: each item met or not and why, and the physician's
 * signature. A refused signature is shown in the panel, which htmx swaps in place.
 */
@RefusedWith("safety/refused :: body")
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN','NURSE','AUDITOR')")
class ChecklistPanelPage {

  private final PageDates dates;
  private final PreInfusionChecklist checklist;
  private final Cases cases;
  private final CurrentActor currentActor;
  private final MessageSource messages;
  private final Lymphodepletions lymphodepletions;
  private final TocilizumabStock stock;
  private final int dosesRequired;

  private final RefusalWords refusalWords;

  ChecklistPanelPage(
      PreInfusionChecklist checklist,
      Cases cases,
      CurrentActor currentActor,
      MessageSource messages,
      Lymphodepletions lymphodepletions,
      TocilizumabStock stock,
      SafetyProperties properties,
      RefusalWords refusalWords,
      PageDates dates) {
    this.dates = dates;
    this.refusalWords = refusalWords;
    this.lymphodepletions = lymphodepletions;
    this.stock = stock;
    this.dosesRequired = properties.tocilizumabDosesRequired();
    this.checklist = checklist;
    this.cases = cases;
    this.currentActor = currentActor;
    this.messages = messages;
  }

  @GetMapping("/cases/{id}/safety/checklist")
  String show(@PathVariable UUID id, Model model) {
    describe(id, currentActor.get(), model);
    return "safety/checklist :: body";
  }

  @PostMapping("/cases/{id}/safety/checklist/signature")
  @PreAuthorize("hasRole('PHYSICIAN')")
  String sign(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "false") boolean noActiveInfection,
      @RequestParam(defaultValue = "false") boolean organFunctionAdequate,
      @RequestParam(defaultValue = "false") boolean noNewContraindications,
      @RequestParam(defaultValue = "") String note,
      Model model) {
    return act(
        id,
        model,
        "signed",
        actor -> {
          checklist.sign(
              id,
              noActiveInfection,
              organFunctionAdequate,
              noNewContraindications,
              Optional.of(note.strip()).filter(text -> !text.isEmpty()),
              actor);
        });
  }

  /** The lymphodepletion course's first and last dose dates, as the checklist judges them. */
  @PostMapping("/cases/{id}/safety/checklist/lymphodepletion")
  @PreAuthorize("hasAnyRole('PHYSICIAN','NURSE')")
  String lymphodepletion(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String startedOn,
      @RequestParam(defaultValue = "") String finishedOn,
      Model model) {
    return act(
        id,
        model,
        "courseRecorded",
        actor -> {
          lymphodepletions.record(
              id,
              date("startedOn", startedOn)
                  .orElseThrow(
                      () ->
                          Refusal.invalidField("startedOn", "give the first dose's date")
                              .withWords("refusal.checklist.firstDose")),
              date("finishedOn", finishedOn),
              Optional.empty(),
              actor);
        });
  }

  /**
   * Tocilizumab for the patient: doses the pharmacy hands over are received into the centre's stock
   * when some are given, then the doses the checklist needs are reserved for this patient.
   */
  @PostMapping("/cases/{id}/safety/checklist/tocilizumab")
  @PreAuthorize("hasAnyRole('PHYSICIAN','NURSE','COORDINATOR')")
  String tocilizumab(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String lot,
      @RequestParam(defaultValue = "0") int received,
      Model model) {
    return act(
        id,
        model,
        "tocilizumabReserved",
        actor -> {
          CaseView found = cases.find(id, actor);
          if (received > 0) {
            if (lot.isBlank() || lot.length() > 64 || received > 100) {
              throw Refusal.invalidField("lot", "give the lot number of at most 100 doses received")
                  .withWords("refusal.checklist.lot");
            }
            stock.receive(
                found.treatmentCentreId(), received, lot.strip(), Optional.empty(), actor);
          }
          stock.reserve(id, dosesRequired, actor);
        });
  }

  /**
   * One of the panel's actions: when it is done the panel says so ({@code done}), when it is
   * refused the panel says why; a case the reader may not see stays not found. The panel is shown
   * again either way.
   */
  private String act(UUID id, Model model, String done, Consumer<Actor> action) {
    Actor actor = currentActor.get();
    try {
      action.accept(actor);
      model.addAttribute(done, true);
    } catch (Refusal refusal) {
      if (refusal.kind() == Refusal.Kind.NOT_FOUND) {
        throw refusal;
      }
      model.addAttribute("problem", PanelProblem.of(refusal, refusalWords));
    }
    describe(id, actor, model);
    return "safety/checklist :: body";
  }

  private static Optional<LocalDate> date(String field, String text) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.strip()));
    } catch (DateTimeParseException e) {
      throw Refusal.invalidField(field, "is not a date").withWords("refusal.field.notDate");
    }
  }

  private void describe(UUID id, Actor actor, Model model) {
    PreInfusionChecklist.Checklist shown = checklist.view(id, actor);
    CaseView found = cases.find(id, actor);
    Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
    model.addAttribute("caseId", id);
    model.addAttribute("checklist", shown);
    // After the infusion the panel is a record: when the infusion was, and the course that counted.
    model.addAttribute(
        "infusedAt",
        shown.infusedAt().map(at -> dates.dateTimeFormatter(locale).format(at)).orElse(null));
    DateTimeFormatter day = dates.dateFormatter(locale);
    model.addAttribute(
        "courseStarted", shown.lymphodepletion().map(c -> day.format(c.startedOn())).orElse(null));
    model.addAttribute(
        "courseFinished",
        shown.lymphodepletion().flatMap(c -> c.finishedOn()).map(day::format).orElse(null));
    boolean preparing =
        actor.is(Role.PHYSICIAN, Role.NURSE)
            && actor.worksAt(found.treatmentCentreId())
            && found.state().isBeforeInfusion();
    model.addAttribute("canPrepare", preparing);
    model.addAttribute("dosesRequired", dosesRequired);
    model.addAttribute("whys", shown.items().stream().map(item -> why(item, locale)).toList());
    model.addAttribute(
        "canSign",
        actor.is(Role.PHYSICIAN)
            && actor.worksAt(found.treatmentCentreId())
            && found.state().isBeforeInfusion());
  }

  /** Why the item is met or not, in the reader's words, with dates in the network's zone. */
  private String why(ChecklistItem item, Locale locale) {
    if (item.reason() == null) {
      return item.why();
    }
    Object[] arguments = item.arguments().stream().map(a -> inWords(a, locale)).toArray();
    return messages.getMessage(
        "safety.checklist.why." + item.reason(), arguments, item.why(), locale);
  }

  /** Dates in the patterns every page prints them with; an instant in the network's zone. */
  private Object inWords(Object argument, Locale locale) {
    if (argument instanceof LocalDate day) {
      return dates.dateFormatter(locale).format(day);
    }
    if (argument instanceof Instant instant) {
      return dates.dateTimeFormatter(locale).format(instant);
    }
    return argument;
  }
}
