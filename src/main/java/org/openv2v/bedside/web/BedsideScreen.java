package org.openv2v.bedside.web;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.bedside.BedsideRequest;
import org.openv2v.bedside.BedsideResult;
import org.openv2v.bedside.BedsideVerifications;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.custody.Credentials;
import org.openv2v.custody.Custody;
import org.openv2v.custody.CustodyLedger;
import org.openv2v.custody.NewCustodyEvent;
import org.openv2v.custody.domain.Condition;
import org.openv2v.custody.domain.CustodyStep;
import org.openv2v.identity.domain.Din;
import org.openv2v.network.Network;
import org.openv2v.network.Product;
import org.openv2v.security.Actor;
import org.openv2v.security.CurrentActor;
import org.openv2v.shared.Refusal;
import org.openv2v.web.FormFields;
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
 * The bedside check on a tablet: scan the wristband and the bag, the second verifier confirms, and
 * the screen fills with MATCH or MISMATCH. After a match it counts down to the product's limit from
 * thaw to infusion.
 */
@RefusedWith(caseNotFound = true)
@Controller
@PreAuthorize("hasAnyRole('PHYSICIAN','NURSE')")
@RequiredArgsConstructor
class BedsideScreen {

  private final PageDates dates;
  private final BedsideVerifications verifications;
  private final Cases cases;
  private final Network network;
  private final Custody custody;
  private final CustodyLedger ledger;
  private final CurrentActor currentActor;
  private final Clock clock;
  private final ZoneId zone;

  private final RefusalWords refusalWords;

  @GetMapping("/cases/{id}/bedside")
  String form(@PathVariable UUID id, Model model) {
    describe(cases.find(id, currentActor.get()), model);
    return "bedside/screen";
  }

  @PostMapping("/cases/{id}/bedside")
  String verify(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String wristband,
      @RequestParam(defaultValue = "") String bag,
      @RequestParam(defaultValue = "") String secondUsername,
      @RequestParam(defaultValue = "") String secondPassword,
      Model model,
      Locale locale) {
    Actor actor = currentActor.get();
    CaseView found = cases.find(id, actor);
    describe(found, model);
    if (wristband.isBlank() || bag.isBlank() || secondUsername.isBlank()) {
      model.addAttribute("missing", true);
      model.addAttribute("wristband", wristband);
      model.addAttribute("bag", bag);
      model.addAttribute("secondUsername", secondUsername);
      return "bedside/screen";
    }
    BedsideResult result =
        verifications.verify(
            id,
            new BedsideRequest(
                wristband.trim(),
                bag.trim(),
                new BedsideRequest.SecondVerifier(secondUsername.trim(), secondPassword)),
            actor);
    DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale).withZone(zone);
    model.addAttribute("result", result);
    model.addAttribute("match", result.result().name().equals("MATCH"));
    model.addAttribute("deadlineIso", result.infuseBefore().map(Object::toString).orElse(null));
    model.addAttribute("deadline", result.infuseBefore().map(time::format).orElse(null));
    model.addAttribute("thawedAt", result.thawedAt().map(time::format).orElse(null));
    return "bedside/screen";
  }

  /**
   * Signs the thaw of the bag at the bedside when that is what the check found missing: the same
   * witnessed custody signature as on the case page, the signer's password typed again.
   */
  @PostMapping("/cases/{id}/bedside/thaw")
  String signThaw(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String eventId,
      @RequestParam(defaultValue = "") String bag,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String witnessUsername,
      @RequestParam(defaultValue = "") String witnessPassword,
      Model model) {
    Actor actor = currentActor.get();
    CaseView found = cases.find(id, actor);
    try {
      if (bag.isBlank() || password.isEmpty() || witnessUsername.isBlank()) {
        throw Refusal.invalidField(
                "bag", "scan the bag, type your password and have the witness sign in")
            .withWords("refusal.bedside.thawForm");
      }
      custody.sign(
          id,
          new NewCustodyEvent(
              FormFields.requestId(eventId),
              CustodyStep.THAWED,
              found.treatmentCentreId(),
              List.of(bag.trim()),
              clock.instant(),
              Condition.INTACT,
              Optional.empty(),
              Optional.empty(),
              Optional.of(witnessUsername.trim())),
          password,
          Optional.of(new Credentials(witnessUsername.trim(), witnessPassword)),
          actor);
      model.addAttribute("thawSigned", true);
    } catch (Refusal refusal) {
      if (refusal.kind() == Refusal.Kind.NOT_FOUND) {
        throw refusal;
      }
      model.addAttribute("thawRefusal", refusalWords.of(refusal));
    }
    describe(found, model);
    model.addAttribute("bag", bag);
    return "bedside/screen";
  }

  private void describe(CaseView found, Model model) {
    Optional<Product> product = network.product(found.productCode());
    Locale locale = LocaleContextHolder.getLocale();
    model.addAttribute("caseId", found.id());
    model.addAttribute("reference", found.reference());
    // What the two verifiers compare with the wristband and the bag's label.
    model.addAttribute("patientName", found.patient() == null ? null : found.patient().name());
    model.addAttribute(
        "birthDate",
        found.patient() == null || found.patient().birthDate() == null
            ? null
            : dates.dateFormatter(locale).format(found.patient().birthDate()));
    model.addAttribute(
        "din", found.din() == null ? null : Din.parse(found.din()).eyeReadableWithCheck());
    model.addAttribute("productCode", found.productCode());
    // The thaw is signed here when the product is at the centre and no thaw is on the ledger.
    boolean thawMissing =
        found.state() == CaseState.LYMPHODEPLETION
            && ledger.records(found.id()).stream().noneMatch(r -> r.step() == CustodyStep.THAWED);
    model.addAttribute("thawMissing", thawMissing);
    model.addAttribute("thawEventId", UUID.randomUUID());
    model.addAttribute("productName", product.map(Product::brandName).orElse(found.productCode()));
    model.addAttribute(
        "thawLimitMinutes",
        product
            .map(Product::handling)
            .map(handling -> handling.thawToInfusionMinutes())
            .orElse(null));
  }
}
