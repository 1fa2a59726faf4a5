package org.openv2v.scheduling.web;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseIds;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.network.Network;
import org.openv2v.scheduling.BookingOptions;
import org.openv2v.scheduling.BookingView;
import org.openv2v.scheduling.Bookings;
import org.openv2v.scheduling.OptionsRequest;
import org.openv2v.scheduling.domain.DiseaseTempo;
import org.openv2v.security.Actor;
import org.openv2v.security.CurrentActor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
import org.openv2v.web.PageDates;
import org.openv2v.web.RefusalWords;
import org.openv2v.web.RefusedWith;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The booking panel of the case page: the case's schedule (promised against expected dates, and the
 * slip), and, where the case may book, options, booking and cancelling through the same {@link
 * Bookings} as the REST API. A refusal, such as capacity someone else took first, comes back as a
 * message in the panel (the case itself is read first, so a case the reader may not see stays 404),
 * which htmx swaps in place; so the answer to a refused form is 200.
 */
@RefusedWith("scheduling/panel :: unavailable")
@Controller
@RequiredArgsConstructor
class BookingPanelPage {

  private static final String PANEL = "scheduling/panel :: content";

  private final PageDates dates;
  private final Bookings bookings;
  private final Cases cases;
  private final Network network;
  private final CurrentActor currentActor;

  private final RefusalWords refusalWords;

  @GetMapping("/cases/{id}/booking")
  @PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN','NURSE','MANUFACTURER','COURIER','AUDITOR')")
  String panel(@PathVariable String id, Model model) {
    Actor actor = currentActor.get();
    fill(model, cases.find(CaseIds.parse(id), actor), actor);
    return PANEL;
  }

  @PostMapping("/cases/{id}/booking/options")
  @PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN')")
  String options(
      @PathVariable String id,
      @RequestParam(required = false) String washoutDays,
      @RequestParam(required = false) String tempo,
      Model model) {
    return act(
        id,
        model,
        (caseId, actor) -> {
          BookingOptions options = bookings.options(caseId, request(washoutDays, tempo), actor);
          model.addAttribute("options", options.options());
          model.addAttribute("waitlisted", options.waitlisted());
        });
  }

  @PostMapping("/cases/{id}/booking")
  @PreAuthorize("hasRole('COORDINATOR')")
  String book(
      @PathVariable String id, @RequestParam(required = false) String optionId, Model model) {
    return act(
        id,
        model,
        (caseId, actor) -> {
          BookingView booked = bookings.book(caseId, optionId == null ? "" : optionId, actor);
          model.addAttribute("notice", "booked");
          model.addAttribute("noticeDate", booked.apheresisDate());
        });
  }

  @PostMapping("/cases/{id}/booking/cancel")
  @PreAuthorize("hasRole('COORDINATOR')")
  String cancel(
      @PathVariable String id, @RequestParam(required = false) String reason, Model model) {
    return act(
        id,
        model,
        (caseId, actor) -> {
          String why = reason == null || reason.isBlank() ? null : reason.strip();
          if (why != null && why.length() > 500) {
            throw Refusal.invalidField("reason", "is longer than 500 characters")
                .withWords("refusal.field.over500");
          }
          bookings.cancel(caseId, why, actor);
          model.addAttribute("notice", "cancelled");
        });
  }

  /**
   * One of the panel's requests on a case the reader may see: a refusal is said on the panel, which
   * is shown again either way.
   */
  private String act(String id, Model model, BiConsumer<UUID, Actor> action) {
    UUID caseId = CaseIds.parse(id);
    Actor actor = currentActor.get();
    CaseView view = cases.find(caseId, actor);
    try {
      action.accept(caseId, actor);
    } catch (Refusal refusal) {
      refusedIn(model, refusal);
    }
    fill(model, view, actor);
    return PANEL;
  }

  /**
   * Capacity taken by someone else between options and booking is the refusal people meet most; it
   * is named as such, with the service's detail.
   */
  private void refusedIn(Model model, Refusal refusal) {
    boolean taken =
        refusal.isAbout("refusal.booking.chairTaken")
            || refusal.isAbout("refusal.booking.slotTaken");
    model.addAttribute("refusal", refusalWords.of(refusal));
    model.addAttribute("refusalKind", taken ? "taken" : refusal.kind().name());
  }

  private void fill(Model model, CaseView view, Actor actor) {
    UUID caseId = view.id();
    Locale locale = LocaleContextHolder.getLocale();
    model.addAttribute("caseId", caseId);
    model.addAttribute("schedule", bookings.schedule(caseId, actor));
    model.addAttribute(
        "words",
        new ScheduleWords(
            dates.dateFormatter(locale), dates.dateTimeFormatter(locale), this::siteName));
    boolean bookable = Bookings.bookable(view.state());
    model.addAttribute("bookable", bookable);
    model.addAttribute("state", view.state().name());
    model.addAttribute("mayAsk", bookable && actor.is(Role.COORDINATOR, Role.PHYSICIAN));
    model.addAttribute("mayBook", bookable && actor.is(Role.COORDINATOR));
    model.addAttribute("mayCancel", actor.is(Role.COORDINATOR));
    model.addAttribute("tempos", DiseaseTempo.values());
  }

  private static OptionsRequest request(String washoutDays, String tempo) {
    int washout = 0;
    if (washoutDays != null && !washoutDays.isBlank()) {
      try {
        washout = Integer.parseInt(washoutDays.strip());
      } catch (NumberFormatException e) {
        throw Refusal.invalidField("washoutDays", "is not a whole number of days")
            .withWords("refusal.field.notWholeDays");
      }
      if (washout < 0 || washout > 90) {
        throw Refusal.invalidField("washoutDays", "must be 0 to 90 days")
            .withWords("refusal.booking.washout");
      }
    }
    DiseaseTempo pace = DiseaseTempo.INTERMEDIATE;
    if (tempo != null && !tempo.isBlank()) {
      try {
        pace = DiseaseTempo.valueOf(tempo.strip());
      } catch (IllegalArgumentException e) {
        throw Refusal.invalidField("tempo", "is not a disease tempo")
            .withWords("refusal.booking.tempo");
      }
    }
    return new OptionsRequest(Set.of(), washout, pace);
  }

  private String siteName(String siteId) {
    return network.siteName(siteId, LocaleContextHolder.getLocale());
  }
}
