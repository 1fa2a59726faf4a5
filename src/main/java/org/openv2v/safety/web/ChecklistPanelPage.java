package org.openv2v.safety.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.safety.PreInfusionChecklist;
import org.openv2v.safety.domain.ChecklistItem;
import org.openv2v.security.Actor;
import org.openv2v.security.CurrentActor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN','NURSE','AUDITOR')")
class ChecklistPanelPage {

  private final PreInfusionChecklist checklist;
  private final Cases cases;
  private final CurrentActor currentActor;
  private final MessageSource messages;
  private final ZoneId zone;

  ChecklistPanelPage(
      PreInfusionChecklist checklist,
      Cases cases,
      CurrentActor currentActor,
      MessageSource messages,
      @Value("${openv2v.zone:Asia/Seoul}") ZoneId zone) {
    this.checklist = checklist;
    this.cases = cases;
    this.currentActor = currentActor;
    this.messages = messages;
    this.zone = zone;
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
      Model model,
      Locale locale) {
    Actor actor = currentActor.get();
    try {
      checklist.sign(
          id,
          noActiveInfection,
          organFunctionAdequate,
          noNewContraindications,
          Optional.of(note.strip()).filter(text -> !text.isEmpty()),
          actor);
      model.addAttribute("signed", true);
    } catch (Refusal refusal) {
      if (refusal.kind() == Refusal.Kind.NOT_FOUND) {
        throw refusal;
      }
      model.addAttribute("problem", PanelProblem.of(refusal, messages, locale));
    }
    describe(id, actor, model);
    return "safety/checklist :: body";
  }

  private void describe(UUID id, Actor actor, Model model) {
    PreInfusionChecklist.Checklist shown = checklist.view(id, actor);
    CaseView found = cases.find(id, actor);
    model.addAttribute("caseId", id);
    model.addAttribute("checklist", shown);
    Locale locale = LocaleContextHolder.getLocale();
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

  private Object inWords(Object argument, Locale locale) {
    if (argument instanceof LocalDate day) {
      return pattern("format.date", locale).format(day);
    }
    if (argument instanceof Instant instant) {
      return pattern("format.dateTime", locale).format(instant.atZone(zone));
    }
    return argument;
  }

  private DateTimeFormatter pattern(String key, Locale locale) {
    return DateTimeFormatter.ofPattern(messages.getMessage(key, null, locale), locale);
  }
}
