package org.openv2v.safety.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseIds;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.safety.FollowUps;
import org.openv2v.safety.domain.FollowUpKind;
import org.openv2v.safety.domain.OutcomeResponse;
import org.openv2v.security.Actor;
import org.openv2v.security.CurrentActor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
import org.openv2v.web.FormFields;
import org.openv2v.web.PageDates;
import org.openv2v.web.RefusalWords;
import org.openv2v.web.RefusedWith;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The follow-up schedule on the case page: each item with its dates and status (done, overdue, due,
 * to come, or a period the patient lives by), and a form to mark it done.
 */
@RefusedWith("safety/refused :: body")
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN','NURSE','AUDITOR')")
@RequiredArgsConstructor
class FollowUpPanelPage {

  private static final String VIEW = "safety/follow-up :: body";

  private final PageDates dates;
  private final FollowUps followUps;
  private final Cases cases;
  private final CurrentActor currentActor;
  private final Clock clock;
  private final ZoneId zone;

  private final RefusalWords refusalWords;

  /** One item as the panel lists it; {@code status} is done, overdue, due, upcoming or period. */
  record Item(
      UUID id,
      String kind,
      int sequence,
      String windowOpens,
      String dueOn,
      String status,
      String doneOn,
      String doneBy,
      String response,
      boolean takesResponse,
      boolean needsResponse) {

    public boolean open() {
      return doneOn == null && !status.equals("period") && !status.equals("ended");
    }
  }

  @GetMapping("/cases/{id}/safety/follow-up")
  String show(@PathVariable UUID id, Model model, Locale locale) {
    describe(id, currentActor.get(), model, locale);
    return VIEW;
  }

  @PostMapping("/cases/{id}/safety/follow-up/{itemId}/done")
  @PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN','NURSE')")
  String done(
      @PathVariable UUID id,
      @PathVariable UUID itemId,
      @RequestParam(defaultValue = "") String doneOn,
      @RequestParam(defaultValue = "") String response,
      Model model,
      Locale locale) {
    Actor actor = currentActor.get();
    try {
      followUps.markDone(
          id,
          itemId,
          FormFields.date("doneOn", doneOn),
          Optional.empty(),
          response.isBlank()
              ? Optional.empty()
              : Optional.of(FormFields.choice("response", response, OutcomeResponse.class)),
          actor);
      model.addAttribute("markedDone", itemId);
    } catch (Refusal refusal) {
      if (CaseIds.isMissingCase(refusal)) {
        throw refusal;
      }
      model.addAttribute("problem", PanelProblem.of(refusal, refusalWords));
    }
    describe(id, actor, model, locale);
    return VIEW;
  }

  private void describe(UUID id, Actor actor, Model model, Locale locale) {
    List<FollowUps.FollowUpView> schedule = followUps.schedule(id, actor);
    CaseView found = cases.find(id, actor);
    LocalDate today = LocalDate.now(clock.withZone(zone));
    DateTimeFormatter date = dates.dateFormatter(locale);
    model.addAttribute("caseId", id);
    model.addAttribute("today", today.toString());
    model.addAttribute("items", schedule.stream().map(item -> item(item, today, date)).toList());
    model.addAttribute(
        "canMarkDone",
        actor.is(Role.COORDINATOR, Role.PHYSICIAN, Role.NURSE)
            && actor.worksAt(found.treatmentCentreId()));
    model.addAttribute("responses", OutcomeResponse.values());
  }

  private static Item item(FollowUps.FollowUpView view, LocalDate today, DateTimeFormatter date) {
    FollowUpKind kind = view.kind();
    boolean outcome =
        kind == FollowUpKind.HIRA_OUTCOME_6_MONTHS || kind == FollowUpKind.HIRA_OUTCOME_12_MONTHS;
    boolean takesResponse =
        outcome || kind == FollowUpKind.DAY_28_RESPONSE || kind == FollowUpKind.DAY_90_RESPONSE;
    return new Item(
        view.id(),
        kind.name(),
        view.sequence(),
        date.format(view.windowOpens()),
        date.format(view.dueOn()),
        status(view, today),
        view.doneOn().map(date::format).orElse(null),
        view.doneBy().orElse(null),
        view.response().map(Enum::name).orElse(null),
        takesResponse,
        outcome);
  }

  static String status(FollowUps.FollowUpView view, LocalDate today) {
    if (view.doneOn().isPresent()) {
      return "done";
    }
    if (view.caseEndedOn().isPresent()) {
      return "ended";
    }
    if (view.kind().isPeriod()) {
      return "period";
    }
    if (view.overdue()) {
      return "overdue";
    }
    return today.isBefore(view.windowOpens()) ? "upcoming" : "due";
  }
}
