package org.openv2v.patientstatus.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.openv2v.patientstatus.PatientStatus;
import org.openv2v.patientstatus.StatusLinks;
import org.openv2v.patientstatus.domain.CellsWhereabouts;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The page a patient or caregiver opens from their link; no account, no clinical detail. */
@Controller
@RequiredArgsConstructor
class PatientStatusPage {

  private final StatusLinks links;

  /** One step of the journey as the family sees it. */
  record Stage(String key, boolean done, boolean current) {}

  @GetMapping("/status/{secret}")
  String show(
      @PathVariable String secret, Model model, Locale locale, HttpServletResponse response) {
    // The address is the key: keep it out of other sites' logs, caches and search engines.
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Robots-Tag", "noindex, nofollow");
    Optional<PatientStatus> found = links.open(secret);
    if (found.isEmpty()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      return "status/gone";
    }
    PatientStatus status = found.get();
    DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
    model.addAttribute("status", status);
    model.addAttribute("where", status.whereabouts().name());
    model.addAttribute("onTheWay", status.whereabouts().onTheWay());
    model.addAttribute("stages", stages(status.whereabouts()));
    model.addAttribute(
        "nextDate", status.nextAppointment().map(next -> date.format(next.date())).orElse(null));
    model.addAttribute(
        "nextKind", status.nextAppointment().map(next -> next.kind().name()).orElse(null));
    model.addAttribute("nextSite", status.appointmentSiteName().orElse(null));
    DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    model.addAttribute(
        "expectedFrom", status.expectedInfusion().map(w -> day.format(w.from())).orElse(null));
    model.addAttribute(
        "expectedTo", status.expectedInfusion().map(w -> day.format(w.to())).orElse(null));
    return "status/page";
  }

  private static List<Stage> stages(CellsWhereabouts now) {
    return Arrays.stream(CellsWhereabouts.values())
        .filter(CellsWhereabouts::onTheWay)
        .map(
            stage ->
                new Stage(
                    stage.name(), stage.ordinal() < now.ordinal(), stage == now && now.onTheWay()))
        .toList();
  }
}
