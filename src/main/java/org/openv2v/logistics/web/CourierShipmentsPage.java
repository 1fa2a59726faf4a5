package org.openv2v.logistics.web;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseQuery;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.identity.domain.Din;
import org.openv2v.logistics.ShipmentView;
import org.openv2v.logistics.Shipments;
import org.openv2v.network.Network;
import org.openv2v.security.Actor;
import org.openv2v.security.CurrentActor;
import org.openv2v.web.PageDates;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The courier's start page: every leg of the cases it carries, open legs first, each linking to its
 * case (where the handover is signed and the logger file uploaded). Names cases by reference and
 * DIN only, never the patient.
 */
@Controller
@PreAuthorize("hasRole('COURIER')")
@RequiredArgsConstructor
class CourierShipmentsPage {

  private final PageDates dates;
  private final Cases cases;
  private final Shipments shipments;
  private final Network network;
  private final CurrentActor currentActor;
  private final MessageSource messages;

  /** One leg as the list shows it, in words. */
  record Leg(
      String caseId,
      String reference,
      String din,
      String product,
      String leg,
      String from,
      String to,
      String shipperId,
      String status,
      boolean open,
      String bookedAt,
      int readings) {}

  /** A case the courier carries whose next leg is not booked yet. */
  record Waiting(String caseId, String reference, String din, String product, String state) {}

  @GetMapping("/shipments")
  String page(Model model) {
    Actor actor = currentActor.get();
    Locale locale = LocaleContextHolder.getLocale();
    DateTimeFormatter times = dates.dateTimeFormatter(locale);
    List<CaseView> carried =
        cases.list(CaseQuery.all(), actor).stream().filter(c -> !c.state().isEnded()).toList();
    List<Leg> legs =
        carried.stream()
            .flatMap(c -> shipments.ofCase(c.id(), actor).stream().map(s -> leg(s, times)))
            .sorted(Comparator.comparing(Leg::open).reversed().thenComparing(Leg::reference))
            .toList();
    List<Waiting> waiting =
        carried.stream()
            .filter(c -> c.state().name().equals("APHERESIS_COLLECTED"))
            .map(
                c ->
                    new Waiting(
                        c.id().toString(),
                        c.reference(),
                        din(c.din()),
                        productName(c.productCode()),
                        word("state." + c.state().name())))
            .toList();
    model.addAttribute("legs", legs);
    model.addAttribute("waiting", waiting);
    return "logistics/courier";
  }

  private Leg leg(ShipmentView s, DateTimeFormatter times) {
    return new Leg(
        s.caseId().toString(),
        s.caseReference(),
        din(s.din()),
        productName(s.productCode()),
        word("logistics.leg." + s.leg().name()),
        siteName(s.fromSiteId()),
        siteName(s.toSiteId()),
        s.shipperId(),
        word("logistics.status." + s.status().name()),
        !s.status().name().equals("DELIVERED"),
        times.format(s.bookedAt()),
        s.readings().count());
  }

  private String word(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }

  private String productName(String code) {
    return network.product(code).map(p -> p.brandName()).orElse(code);
  }

  private String siteName(String siteId) {
    Locale locale = LocaleContextHolder.getLocale();
    return network.site(siteId).map(site -> site.nameIn(locale)).orElse(siteId);
  }

  /** The DIN as printed on the bags, for the eye. */
  private static String din(String din) {
    return din == null ? "—" : Din.parse(din).eyeReadableWithCheck();
  }
}
