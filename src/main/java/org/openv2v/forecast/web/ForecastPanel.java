package org.openv2v.forecast.web;

import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseIds;
import org.openv2v.cases.CasePanel;
import org.openv2v.cases.CaseSection;
import org.openv2v.cases.Cases;
import org.openv2v.forecast.Forecasts;
import org.openv2v.forecast.domain.Risk;
import org.openv2v.security.CurrentActor;
import org.openv2v.security.Role;
import org.openv2v.web.PageDates;
import org.openv2v.web.RefusedWith;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The case page's forecast section: when the case is expected to reach infusion, how likely it is,
 * and what most threatens it. The case is read first (site check and audit), so a case the reader
 * may not see stays 404.
 */
@RefusedWith("forecast/panel :: unavailable")
@Controller
@RequiredArgsConstructor
class ForecastPanel {

  private final Forecasts forecasts;
  private final Cases cases;
  private final CurrentActor actor;
  private final MessageSource messages;
  private final PageDates dates;

  /** Shown to the case team, after the booking section. */
  @Bean
  static CasePanel forecastSection() {
    return new CaseSection(
        "forecast", "forecast.panel.title", "forecast", 32, CaseSection.CASE_TEAM);
  }

  @GetMapping("/cases/{id}/forecast")
  @PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN','NURSE','MANUFACTURER','COURIER','AUDITOR')")
  String panel(@PathVariable String id, Model model) {
    UUID caseId = CaseIds.parse(id);
    cases.find(caseId, actor.get());
    model.addAttribute("mayTryWhatIf", actor.get().is(Role.COORDINATOR));
    model.addAttribute("forecast", forecasts.ofCase(caseId).orElse(null));
    model.addAttribute("risks", Risk.values());
    model.addAttribute("words", words());
    return "forecast/panel :: content";
  }

  ForecastWords words() {
    return new ForecastWords(messages, LocaleContextHolder.getLocale(), dates);
  }
}
