package org.openv2v.cases.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.cases.Patient;
import org.openv2v.cases.Referral;
import org.openv2v.cases.Sex;
import org.openv2v.network.Network;
import org.openv2v.network.SiteType;
import org.openv2v.security.Actor;
import org.openv2v.security.CurrentActor;
import org.openv2v.shared.Refusal;
import org.openv2v.web.RefusalWords;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Referring a patient from the pages: the same {@link Cases#refer} as {@code POST /api/v1/cases},
 * so the same role, site and field checks apply. A refusal shows the form again with the reason and
 * what was typed.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN')")
@RequiredArgsConstructor
class ReferralPage {

  private final Cases cases;
  private final Network network;
  private final CurrentActor currentActor;
  private final MessageSource messages;

  private final RefusalWords refusalWords;
  private final Clock clock;
  private final ZoneId zone;

  /** A product and one of its indications, as one choice. */
  record Therapy(String value, String label) {}

  /** A choice of a site or a code, in words. */
  record Choice(String value, String label) {}

  @GetMapping("/cases/new")
  String form(Model model) {
    describe(currentActor.get(), model, Map.of());
    return "cases/referral";
  }

  @PostMapping("/cases/new")
  String refer(@RequestParam Map<String, String> form, Model model) {
    Actor actor = currentActor.get();
    try {
      String[] therapy = text(form, "therapy", 100).split("\\|", 2);
      if (therapy.length != 2) {
        throw Refusal.invalidField("therapy", "choose a product and indication")
            .withWords("refusal.referral.therapy");
      }
      CaseView referred =
          cases.refer(
              new Referral(
                  new Patient(
                      text(form, "name", 200),
                      date(form, "birthDate"),
                      sex(form),
                      number(form, "weightKg"),
                      number(form, "heightCm"),
                      text(form, "mrn", 64)),
                  therapy[0],
                  therapy[1],
                  text(form, "treatmentCentreId", 64),
                  null,
                  null),
              actor);
      return "redirect:/cases/" + referred.id();
    } catch (Refusal refusal) {
      if (refusal.kind() == Refusal.Kind.NOT_FOUND) {
        throw refusal;
      }
      model.addAttribute("refusal", refusalWords.of(refusal));
      model.addAttribute("refusalFields", refusalWords.fields(refusal));
      describe(actor, model, form);
      return "cases/referral";
    }
  }

  private void describe(Actor actor, Model model, Map<String, String> typed) {
    Locale locale = LocaleContextHolder.getLocale();
    model.addAttribute("typed", typed);
    model.addAttribute(
        "therapies",
        network.products().stream()
            .sorted(Comparator.comparing(p -> p.brandName()))
            .flatMap(
                p ->
                    p.indications().stream()
                        .map(
                            i ->
                                new Therapy(
                                    p.code() + "|" + i.code(),
                                    p.brandName() + " — " + i.descriptionIn(locale))))
            .toList());
    model.addAttribute(
        "centres",
        network.sites().stream()
            .filter(s -> s.type() == SiteType.TREATMENT_CENTRE && actor.worksAt(s.id()))
            .map(s -> new Choice(s.id(), s.nameIn(locale)))
            .toList());
    model.addAttribute(
        "sexes",
        List.of(Sex.values()).stream()
            .map(s -> new Choice(s.name(), messages.getMessage("sex." + s.name(), null, locale)))
            .toList());
  }

  private static String text(Map<String, String> form, String field, int max) {
    String value = form.getOrDefault(field, "").strip();
    if (value.isEmpty()) {
      throw Refusal.invalidField(field, "is required").withWords("refusal.field.required");
    }
    if (value.length() > max || value.indexOf('\0') >= 0) {
      throw Refusal.invalidField(field, "must be at most " + max + " characters of text")
          .withWords("refusal.field.tooLong", max);
    }
    return value;
  }

  /** A past date; "past" by the network's calendar, not the server's time zone. */
  private LocalDate date(Map<String, String> form, String field) {
    try {
      LocalDate day = LocalDate.parse(text(form, field, 10));
      if (day.isAfter(LocalDate.now(clock.withZone(zone)))
          || day.isBefore(LocalDate.of(1900, 1, 1))) {
        throw Refusal.invalidField(field, "must be a past date after 1900")
            .withWords("refusal.field.pastDate");
      }
      return day;
    } catch (DateTimeParseException e) {
      throw Refusal.invalidField(field, "is not a date").withWords("refusal.field.notDate");
    }
  }

  private static Sex sex(Map<String, String> form) {
    try {
      return Sex.valueOf(text(form, "sex", 10));
    } catch (IllegalArgumentException e) {
      throw Refusal.invalidField("sex", "choose one").withWords("refusal.field.chooseOne");
    }
  }

  private static BigDecimal number(Map<String, String> form, String field) {
    try {
      BigDecimal value = new BigDecimal(text(form, field, 10));
      if (value.signum() <= 0 || value.compareTo(new BigDecimal("500")) > 0) {
        throw Refusal.invalidField(field, "must be between 0 and 500")
            .withWords("refusal.field.range0to500");
      }
      return value;
    } catch (NumberFormatException e) {
      throw Refusal.invalidField(field, "is not a number").withWords("refusal.field.notNumber");
    }
  }
}
