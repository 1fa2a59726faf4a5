package org.openv2v.forecast.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.openv2v.forecast.Backtests;
import org.openv2v.forecast.backtest.Backtest;
import org.openv2v.forecast.backtest.CalibrationPlot;
import org.openv2v.security.CurrentActor;
import org.openv2v.shared.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The backtest as a page: the forecasts a refresh would have made on past days, scored against what
 * happened (Brier scores, the calibration plot, coverage of the p10–p90 dates). The same {@link
 * Backtests} as {@code GET /api/v1/forecasts/backtest}.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','PLANNER')")
@RequiredArgsConstructor
class BacktestPage {

  /** Days before today where the default period starts. */
  static final int DEFAULT_DAYS = 365;

  private final Backtests backtests;
  private final CurrentActor actor;
  private final MessageSource messages;

  @GetMapping("/forecast/backtest")
  String show(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String step,
      @RequestParam(required = false) String seed,
      Model model) {
    LocalDate today = backtests.today();
    String fromText = blank(from) ? today.minusDays(DEFAULT_DAYS).toString() : from.strip();
    String toText = blank(to) ? today.toString() : to.strip();
    String stepText = blank(step) ? "7" : step.strip();
    String seedText = blank(seed) ? "1" : seed.strip();
    model.addAttribute("from", fromText);
    model.addAttribute("to", toText);
    model.addAttribute("step", stepText);
    model.addAttribute("seed", seedText);
    try {
      Backtest.Result result;
      try {
        result =
            backtests.run(
                LocalDate.parse(fromText),
                LocalDate.parse(toText),
                Integer.parseInt(stepText),
                Long.parseLong(seedText),
                actor.get());
      } catch (DateTimeParseException | NumberFormatException e) {
        throw Refusal.invalidField("from", "dates and whole numbers")
            .withWords("refusal.backtest.fields");
      }
      model.addAttribute("result", result);
      Locale locale = LocaleContextHolder.getLocale();
      model.addAttribute(
          "plot",
          CalibrationPlot.of(
              result, locale, (key, args) -> messages.getMessage(key, args, locale)));
    } catch (Refusal refusal) {
      model.addAttribute("refused", true);
    }
    return "forecast/backtest";
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
