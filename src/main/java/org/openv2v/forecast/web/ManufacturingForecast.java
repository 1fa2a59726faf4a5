package org.openv2v.forecast.web;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.openv2v.forecast.ForecastView;
import org.openv2v.forecast.Forecasts;
import org.openv2v.security.CurrentActor;
import org.openv2v.web.PageDates;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The manufacturer's view of the forecast, loaded into /manufacturing: each open case at its
 * facilities by DIN (no reference, no identity), with the expected infusion window, the chance and
 * the main risk.
 */
@Controller
@RequiredArgsConstructor
class ManufacturingForecast {

  private final Forecasts forecasts;
  private final CurrentActor actor;
  private final MessageSource messages;
  private final PageDates dates;

  /** One line of the table: the DIN in its eye-readable groups (facility, year, sequence). */
  record Line(String din, ForecastView forecast) {}

  @GetMapping("/manufacturing/forecasts")
  @PreAuthorize("hasRole('MANUFACTURER')")
  String table(Model model) {
    List<Line> lines =
        forecasts.visibleTo(actor.get()).stream()
            .map(f -> new Line(f.din().map(ManufacturingForecast::grouped).orElse("—"), f))
            .toList();
    model.addAttribute("lines", lines);
    model.addAttribute(
        "words", new ForecastWords(messages, LocaleContextHolder.getLocale(), dates));
    return "forecast/manufacturing :: table";
  }

  static String grouped(String din) {
    return din.length() != 13
        ? din
        : din.substring(0, 5) + " " + din.substring(5, 7) + " " + din.substring(7);
  }
}
