package org.openv2v.scheduling.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseQuery;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.cases.domain.NewEvent;
import org.openv2v.network.Network;
import org.openv2v.network.Product;
import org.openv2v.network.SiteType;
import org.openv2v.scheduling.BookingView;
import org.openv2v.scheduling.Bookings;
import org.openv2v.scheduling.Capacity;
import org.openv2v.security.Actor;
import org.openv2v.security.CurrentActor;
import org.openv2v.shared.Refusal;
import org.openv2v.web.FormFields;
import org.openv2v.web.RefusalWords;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The manufacturer's workspace: orders coming to its facilities, orders in manufacture, recent
 * releases and failures, the slot calendar, and the three events a manufacturer records. Orders
 * carry DINs and case references only: the cases module withholds identity from manufacturers.
 */
@Controller
@PreAuthorize("hasRole('MANUFACTURER')")
@RequiredArgsConstructor
class ManufacturingPages {

  /** Released or failed orders stay on the page this long, so that the team sees the outcome. */
  static final int RECENT_DAYS = 30;

  /** Weeks of the slot calendar, from the current ISO week. */
  static final int CALENDAR_WEEKS = 8;

  private static final List<CaseState> INCOMING =
      List.of(
          CaseState.SHIPPED_TO_MANUFACTURER,
          CaseState.APHERESIS_COLLECTED,
          CaseState.APHERESIS_SCHEDULED);
  private static final List<CaseState> RECENT =
      List.of(CaseState.RELEASED, CaseState.MANUFACTURING_FAILED);
  private static final Set<CaseEventType> RECORDED_HERE =
      Set.of(
          CaseEventType.MANUFACTURING_STARTED,
          CaseEventType.PRODUCT_RELEASED,
          CaseEventType.MANUFACTURING_FAILED);

  private final Cases cases;
  private final Bookings bookings;
  private final Capacity capacity;
  private final Network network;
  private final CurrentActor currentActor;
  private final MessageSource messages;
  private final Clock clock;
  private final ZoneId zone;

  private final RefusalWords refusalWords;

  @GetMapping("/manufacturing")
  String page(Model model) {
    fill(model, currentActor.get());
    return "manufacturing/page";
  }

  /**
   * Records MANUFACTURING_STARTED, PRODUCT_RELEASED or MANUFACTURING_FAILED at the case's facility.
   * With htmx the orders are redrawn in place with the outcome; without, the page is reloaded.
   */
  @PostMapping("/manufacturing/cases/{id}/events")
  String record(
      @PathVariable String id,
      @RequestParam(defaultValue = "") String type,
      @RequestParam(defaultValue = "") String eventId,
      @RequestParam(defaultValue = "") String reason,
      @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = currentActor.get();
    String outcome;
    boolean refused;
    try {
      outcome = record(actor, id, type, eventId, reason);
      refused = false;
    } catch (Refusal refusal) {
      outcome = text("manufacturing.refused", refusalWords.of(refusal));
      refused = true;
    }
    if (!htmx) {
      redirect.addFlashAttribute("outcome", outcome);
      redirect.addFlashAttribute("refused", refused);
      return "redirect:/manufacturing";
    }
    model.addAttribute("outcome", outcome);
    model.addAttribute("refused", refused);
    fill(model, actor);
    return "manufacturing/page :: orders";
  }

  private String record(Actor actor, String id, String type, String eventId, String reason) {
    UUID caseId = FormFields.id("id", id);
    CaseEventType event;
    try {
      event = CaseEventType.valueOf(type);
    } catch (IllegalArgumentException e) {
      throw Refusal.invalidField("type", text("manufacturing.error.type"))
          .withWords("manufacturing.error.type");
    }
    if (!RECORDED_HERE.contains(event)) {
      throw Refusal.invalidField("type", text("manufacturing.error.type"))
          .withWords("manufacturing.error.type");
    }
    String why = reason.strip();
    if (event == CaseEventType.MANUFACTURING_FAILED && why.isEmpty()) {
      throw Refusal.invalidField("reason", text("manufacturing.error.reasonMissing"))
          .withWords("manufacturing.error.reasonMissing");
    }
    if (why.length() > 2000) {
      throw Refusal.invalidField("reason", text("manufacturing.error.reasonLong"))
          .withWords("manufacturing.error.reasonLong");
    }
    CaseView view = cases.find(caseId, actor);
    // The journey keeps reasons for withdrawals and closures only; a failure's reason is its note.
    cases.record(
        caseId,
        new NewEvent(
            eventId.isBlank() ? UUID.randomUUID() : FormFields.id("eventId", eventId),
            event,
            clock.instant(),
            view.manufacturingSiteId(),
            Optional.of(why),
            Optional.empty()),
        actor);
    return text("manufacturing.recorded." + event.name(), view.reference());
  }

  private void fill(Model model, Actor actor) {
    Set<String> facilities = actor.siteIds();
    model.addAttribute("incoming", orders(INCOMING, facilities, actor, true));
    model.addAttribute(
        "inProcess", orders(List.of(CaseState.IN_MANUFACTURING), facilities, actor, true));
    Instant recentFrom = clock.instant().minus(RECENT_DAYS, ChronoUnit.DAYS);
    model.addAttribute(
        "recent",
        orders(RECENT, facilities, actor, false).stream()
            .filter(order -> !order.since().isBefore(LocalDate.ofInstant(recentFrom, zone)))
            .toList());
    model.addAttribute("recentDays", RECENT_DAYS);
    model.addAttribute(
        "facilities",
        network.sites().stream()
            .filter(site -> site.type() == SiteType.MANUFACTURING_FACILITY)
            .filter(site -> facilities.contains(site.id()))
            .map(site -> site.nameIn(LocaleContextHolder.getLocale()))
            .toList());
    model.addAttribute(
        "calendar",
        ManufacturingCalendar.of(
            capacity.view().slots(),
            facilities,
            LocalDate.now(clock.withZone(zone)),
            CALENDAR_WEEKS,
            id ->
                network
                    .site(id)
                    .map(site -> site.nameIn(LocaleContextHolder.getLocale()))
                    .orElse(id),
            this::productName));
  }

  /** Orders in these states at the actor's facilities, oldest first (first come, first served). */
  private List<ManufacturingOrder> orders(
      List<CaseState> states, Set<String> facilities, Actor actor, boolean withBooking) {
    List<ManufacturingOrder> found = new ArrayList<>();
    for (CaseState state : states) {
      for (CaseView view :
          cases.list(
              new CaseQuery(Optional.of(state), Optional.empty(), 0, CaseQuery.MAX_SIZE), actor)) {
        if (facilities.contains(view.manufacturingSiteId())) {
          found.add(
              ManufacturingOrder.of(
                  view,
                  productName(view.productCode()),
                  network
                      .site(view.treatmentCentreId())
                      .map(site -> site.nameIn(LocaleContextHolder.getLocale()))
                      .orElse(""),
                  withBooking ? booking(view.id(), actor) : Optional.empty(),
                  zone));
        }
      }
    }
    found.sort(Comparator.comparing(ManufacturingOrder::since));
    return found;
  }

  private Optional<BookingView> booking(UUID caseId, Actor actor) {
    try {
      return bookings.schedule(caseId, actor).booking();
    } catch (Refusal refusal) {
      return Optional.empty();
    }
  }

  private String productName(String code) {
    return network.product(code).map(Product::brandName).orElse(code);
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
