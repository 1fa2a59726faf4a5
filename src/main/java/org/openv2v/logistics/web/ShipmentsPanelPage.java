package org.openv2v.logistics.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseIds;
import org.openv2v.logistics.ShipmentView;
import org.openv2v.logistics.Shipments;
import org.openv2v.logistics.domain.Leg;
import org.openv2v.network.Network;
import org.openv2v.security.Actor;
import org.openv2v.security.CurrentActor;
import org.openv2v.security.Role;
import org.openv2v.web.PageDates;
import org.openv2v.web.RefusedWith;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The shipments panel of the case page: each courier leg with its shipper id, status, extremes,
 * findings and a temperature plot drawn on the server. Reads through {@link Shipments}, which
 * checks the reader's sites and audits the read as for the case.
 */
@RefusedWith("logistics/panel :: unavailable")
@Controller
@RequiredArgsConstructor
class ShipmentsPanelPage {

  private final Shipments shipments;
  private final Network network;
  private final CurrentActor currentActor;
  private final MessageSource messages;
  private final PageDates dates;
  private final ZoneId zone;

  @GetMapping("/cases/{id}/shipments")
  @PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN','NURSE','MANUFACTURER','COURIER','AUDITOR')")
  String panel(@PathVariable String id, Model model) {
    Actor actor = currentActor.get();
    Locale locale = LocaleContextHolder.getLocale();
    DateTimeFormatter times = dates.dateTimeFormatter(locale);
    List<ShipmentView> legs = shipments.ofCase(CaseIds.parse(id), actor);
    model.addAttribute(
        "cards",
        legs.stream()
            .map(
                leg ->
                    ShipmentCard.of(
                        leg,
                        TemperaturePlot.of(
                            shipments.series(leg.id(), actor),
                            zone,
                            locale,
                            words(leg, locale, times::format)),
                        times::format,
                        this::siteName))
            .toList());
    model.addAttribute("zone", zone.getId());
    model.addAttribute("caseId", CaseIds.parse(id));
    // Who books which leg and who uploads logger files, as Shipments#book and #upload allow.
    boolean booker = actor.is(Role.COORDINATOR, Role.COURIER);
    boolean maker = actor.is(Role.MANUFACTURER);
    model.addAttribute("mayBook", booker || maker);
    model.addAttribute(
        "legs",
        maker
            ? List.of(Leg.TO_TREATMENT_CENTRE.name())
            : Arrays.stream(Leg.values()).map(Enum::name).toList());
    model.addAttribute(
        "mayUpload",
        actor.is(Role.COORDINATOR, Role.PHYSICIAN, Role.NURSE, Role.MANUFACTURER, Role.COURIER));
    return "logistics/panel :: content";
  }

  /** The plot's words in the reader's language; a finding reads as in the list under it. */
  private TemperaturePlot.Words words(
      ShipmentView leg, Locale locale, Function<Instant, String> time) {
    return new TemperaturePlot.Words(
        text(
            "logistics.plot.title",
            locale,
            leg.limits().range(),
            leg.readings().count(),
            leg.excursions().size()),
        text("logistics.plot.time", locale),
        text("logistics.plot.temperature", locale),
        text("logistics.plot.reading", locale),
        text("logistics.plot.excursion", locale),
        text("logistics.plot.gap", locale),
        limit -> text("logistics.plot.limit", locale, limit),
        e ->
            text("logistics.finding." + e.kind().name(), locale)
                + ": "
                + text(
                    "logistics.finding.window",
                    locale,
                    time.apply(e.startedAt()),
                    time.apply(e.endedAt()),
                    Math.max(1, Math.round(e.durationSeconds() / 60.0))));
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  private String siteName(String siteId) {
    return network.siteName(siteId, LocaleContextHolder.getLocale());
  }
}
