package org.openv2v.forecast.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.openv2v.forecast.WhatIfRequest;
import org.openv2v.forecast.WhatIfs;
import org.openv2v.network.Network;
import org.openv2v.network.Product;
import org.openv2v.security.CurrentActor;
import org.openv2v.shared.Refusal;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What if, as a page: add or cut slots of a facility in a week and see the change in expected
 * infusions and in losses before infusion over the next 90 days, with intervals; nothing is
 * committed. The same {@link WhatIfs} as {@code POST /api/v1/forecasts/what-if}.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','PLANNER')")
@RequiredArgsConstructor
class WhatIfPage {

  private final WhatIfs whatIfs;
  private final Network network;
  private final CurrentActor actor;

  /** A facility and product the open cases use, named for the reader. */
  record QueueChoice(String value, String label) {}

  @GetMapping("/forecast/what-if")
  String form(Model model) {
    fill(model, null, null, null);
    return "forecast/what-if";
  }

  @PostMapping("/forecast/what-if")
  String run(
      @RequestParam(required = false) String queue,
      @RequestParam(required = false) String weekStart,
      @RequestParam(required = false) String units,
      @RequestParam(required = false) String centre,
      @RequestParam(required = false) String chairs,
      Model model) {
    if (centre != null) {
      return chairs(centre, chairs, weekStart, units, model);
    }
    try {
      String[] parts = (queue == null ? "" : queue).split("\\|", 2);
      if (parts.length != 2) {
        throw Refusal.invalidField("queue", "choose a facility and product")
            .withWords("refusal.whatIf.chooseQueue");
      }
      LocalDate week;
      int change;
      try {
        week = LocalDate.parse(weekStart == null ? "" : weekStart);
        change = Integer.parseInt(units == null ? "" : units.strip());
      } catch (DateTimeParseException | NumberFormatException e) {
        throw Refusal.invalidField("units", "give a week and a whole number of slots")
            .withWords("refusal.whatIf.weekAndUnits");
      }
      tryChange(
          model,
          WhatIfRequest.Kind.SLOT_CHANGE,
          parts[0],
          parts[1],
          week,
          Math.max(-100, Math.min(100, change)),
          null,
          null);
    } catch (Refusal refusal) {
      model.addAttribute("refused", true);
    }
    fill(model, queue, weekStart, units);
    return "forecast/what-if";
  }

  /** Opening infusion chairs at a centre: the chairs it has now, chairs opened, from a week. */
  private String chairs(String centre, String chairs, String weekStart, String units, Model model) {
    try {
      LocalDate week;
      int now;
      int opened;
      try {
        week = LocalDate.parse(weekStart == null ? "" : weekStart);
        now = Integer.parseInt(chairs == null ? "" : chairs.strip());
        opened = Integer.parseInt(units == null ? "" : units.strip());
      } catch (DateTimeParseException | NumberFormatException e) {
        throw Refusal.invalidField("units", "give a week and whole numbers of chairs")
            .withWords("refusal.whatIf.weekAndChairs");
      }
      tryChange(model, WhatIfRequest.Kind.OPEN_CHAIR, null, null, week, opened, centre, now);
    } catch (Refusal refusal) {
      model.addAttribute("chairRefused", true);
    }
    fill(model, null, weekStart, null);
    model.addAttribute("centre", centre);
    model.addAttribute("chairs", chairs);
    model.addAttribute("opened", units);
    return "forecast/what-if";
  }

  /**
   * Tries one change over the 90 days the page shows and puts the result on the page. The page's
   * forms offer slots and chairs only, so a lane's and a patient's fields stay empty; a week given
   * on either form counts from its Monday.
   */
  private void tryChange(
      Model model,
      WhatIfRequest.Kind kind,
      String facilityId,
      String productCode,
      LocalDate week,
      int units,
      String centreId,
      Integer chairs) {
    WhatIfRequest.Change change =
        new WhatIfRequest.Change(
            kind,
            facilityId,
            productCode,
            week.with(DayOfWeek.MONDAY),
            units,
            null,
            null,
            null,
            null,
            null,
            null,
            centreId,
            chairs);
    model.addAttribute("result", whatIfs.run(new WhatIfRequest(List.of(change), 90), actor.get()));
  }

  private void fill(Model model, String queue, String weekStart, String units) {
    Locale locale = LocaleContextHolder.getLocale();
    model.addAttribute(
        "centres",
        whatIfs.centres().stream()
            .map(id -> new QueueChoice(id, network.site(id).map(s -> s.nameIn(locale)).orElse(id)))
            .toList());
    if (!model.containsAttribute("chairs")) {
      model.addAttribute("chairs", "2");
      model.addAttribute("opened", "1");
    }
    model.addAttribute(
        "queues",
        whatIfs.queues().stream()
            .map(
                q ->
                    new QueueChoice(
                        q[0] + "|" + q[1],
                        network.site(q[0]).map(s -> s.nameIn(locale)).orElse(q[0])
                            + " · "
                            + network.product(q[1]).map(Product::brandName).orElse(q[1])))
            .toList());
    model.addAttribute("queue", queue);
    model.addAttribute("weekStart", weekStart);
    model.addAttribute("units", units == null ? "1" : units);
  }
}
