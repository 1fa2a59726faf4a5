package org.openv2v.custody.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseIds;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.custody.Custody;
import org.openv2v.custody.CustodyLedger;
import org.openv2v.custody.CustodyRecord;
import org.openv2v.custody.SignedCustodyEvent;
import org.openv2v.custody.domain.Condition;
import org.openv2v.custody.domain.CustodyStep;
import org.openv2v.network.Network;
import org.openv2v.security.Actor;
import org.openv2v.security.CurrentActor;
import org.openv2v.shared.Refusal;
import org.openv2v.web.PageDates;
import org.openv2v.web.RefusalWords;
import org.openv2v.web.RefusedWith;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The custody panel of the case page: the ledger with its signatures, and the form that signs a
 * step through the same service as {@code POST /api/v1/cases/{id}/custody} (password re-entered,
 * witness where the product's rules ask). A refused signature comes back as a message in the panel,
 * which htmx swaps in place, so the answer to a refused form is 200 with the reason shown.
 */
@RefusedWith("custody/panel :: unavailable")
@Controller
@RequiredArgsConstructor
class CustodyPanelPage {

  static final String READERS =
      "hasAnyRole('COORDINATOR','PHYSICIAN','NURSE','MANUFACTURER','COURIER','AUDITOR')";
  static final String SIGNERS =
      "hasAnyRole('COORDINATOR','PHYSICIAN','NURSE','MANUFACTURER','COURIER')";
  private static final String PANEL = "custody/panel :: content";

  private final Cases cases;
  private final Custody custody;
  private final CustodyLedger ledger;
  private final Network network;
  private final CurrentActor currentActor;
  private final MessageSource messages;
  private final Clock clock;
  private final ZoneId zone;
  private final PageDates dates;

  private final RefusalWords refusalWords;

  @GetMapping("/cases/{id}/custody")
  @PreAuthorize(READERS)
  String panel(@PathVariable String id, Model model) {
    fill(model, CaseIds.parse(id), currentActor.get(), Optional.empty());
    return PANEL;
  }

  /** The witness fields for the step chosen in the form: required where the rules ask. */
  @GetMapping("/cases/{id}/custody/witness")
  @PreAuthorize(SIGNERS)
  String witness(
      @PathVariable String id, @RequestParam(defaultValue = "") String step, Model model) {
    CaseView view = cases.find(CaseIds.parse(id), currentActor.get());
    Optional<CustodyStep> chosen =
        new CustodySigningForm(null, step, null, null, null, null, null, null, null, null)
            .parseStep();
    model.addAttribute(
        "witnessRequired",
        chosen.map(s -> custody.requiresWitness(view.productCode(), s)).orElse(false));
    return "custody/panel :: witness";
  }

  @PostMapping("/cases/{id}/custody")
  @PreAuthorize(SIGNERS)
  String sign(@PathVariable String id, @ModelAttribute CustodySigningForm form, Model model) {
    UUID caseId = CaseIds.parse(id);
    Actor actor = currentActor.get();
    Outcome outcome;
    try {
      SignedCustodyEvent signed =
          custody.sign(
              caseId, form.toEvent(clock.instant()), form.signerPassword(), form.witness(), actor);
      outcome = Outcome.signed(signed.record().caseSequence(), signed.record().step().name());
    } catch (Refusal refusal) {
      if (refusal.kind() == Refusal.Kind.NOT_FOUND) {
        throw refusal;
      }
      outcome = Outcome.refused(refusalWords.of(refusal), refusalWords.fields(refusal));
    }
    fill(model, caseId, actor, Optional.of(outcome));
    if (outcome.refused()) {
      // What the signer chose stays; the passwords and the event id do not travel back.
      model.addAttribute("chosenStep", form.step());
      model.addAttribute("chosenSite", form.siteId());
      model.addAttribute("chosenUnit", form.unit());
      model.addAttribute("chosenCondition", form.condition());
      model.addAttribute("chosenWitness", form.witnessUsername());
      model.addAttribute(
          "witnessRequired",
          form.parseStep()
              .map(s -> custody.requiresWitness(cases.find(caseId, actor).productCode(), s))
              .orElse(false));
    }
    return PANEL;
  }

  /** What happened to the signature just posted. */
  record Outcome(
      boolean refused, String step, int caseSequence, String reason, List<String> fields) {
    static Outcome signed(int caseSequence, String step) {
      return new Outcome(false, step, caseSequence, "", List.of());
    }

    static Outcome refused(String reason, List<String> fields) {
      return new Outcome(true, "", 0, reason, fields);
    }
  }

  private void fill(Model model, UUID caseId, Actor actor, Optional<Outcome> outcome) {
    CaseView view = cases.find(caseId, actor);
    Locale locale = LocaleContextHolder.getLocale();
    CustodyWords words = new CustodyWords(dates.dateTimeFormatter(locale));
    List<CustodyRecord> records = ledger.records(caseId);
    List<CustodyRow> rows =
        records.stream()
            .map(
                r ->
                    CustodyRow.of(
                        r, words, view.withholdsNotesWrittenAt(r.siteId()), siteName(r.siteId())))
            .toList();
    model.addAttribute("caseId", caseId);
    model.addAttribute("reference", view.reference());
    model.addAttribute("din", view.din() == null ? "—" : CustodyRow.eyeReadable(view.din()));
    model.addAttribute("rows", rows);
    model.addAttribute("excursions", rows.stream().filter(CustodyRow::excursion).count());
    model.addAttribute("outcome", outcome.orElse(null));
    model.addAttribute("zone", zone.getId());

    List<String> sites =
        new TreeSet<>(view.participants()).stream().filter(actor::worksAt).toList();
    List<CustodyStep> steps = custody.stepsSignableBy(actor.role());
    boolean maySign = !steps.isEmpty() && !sites.isEmpty() && !view.state().isEnded();
    model.addAttribute("maySign", maySign);
    if (maySign) {
      CustodyStep suggested = suggested(steps, records);
      model.addAttribute("steps", steps.stream().map(Enum::name).toList());
      model.addAttribute("chosenStep", suggested.name());
      model.addAttribute("sites", sites.stream().map(s -> new SiteChoice(s, siteName(s))).toList());
      model.addAttribute("chosenSite", sites.get(0));
      model.addAttribute(
          "conditions", List.of(Condition.values()).stream().map(Enum::name).toList());
      model.addAttribute("chosenCondition", Condition.INTACT.name());
      model.addAttribute("eventId", UUID.randomUUID());
      model.addAttribute("witnessRequired", custody.requiresWitness(view.productCode(), suggested));
      model.addAttribute(
          "witnessedSteps",
          steps.stream()
              .filter(s -> custody.requiresWitness(view.productCode(), s))
              .map(Enum::name)
              .toList());
    }
  }

  /** A site the signer may sign at, with its name. */
  record SiteChoice(String id, String name) {}

  /** The first step the reader may sign that comes after the last one signed on the case. */
  private static CustodyStep suggested(List<CustodyStep> steps, List<CustodyRecord> records) {
    int last =
        records.stream()
            .map(CustodyRecord::step)
            .filter(s -> s != CustodyStep.EXCURSION_OBSERVED)
            .mapToInt(Enum::ordinal)
            .max()
            .orElse(-1);
    List<CustodyStep> later =
        new ArrayList<>(steps.stream().filter(s -> s.ordinal() > last).toList());
    return later.isEmpty() ? steps.get(steps.size() - 1) : later.get(0);
  }

  private String siteName(String siteId) {
    return network.siteName(siteId, LocaleContextHolder.getLocale());
  }
}
