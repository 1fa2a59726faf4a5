package org.openv2v.cases.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseIds;
import org.openv2v.cases.CasePanel;
import org.openv2v.cases.CaseQuery;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.cases.Timeline;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.cases.domain.NewEvent;
import org.openv2v.cases.internal.RecordingPolicy;
import org.openv2v.network.Network;
import org.openv2v.security.Actor;
import org.openv2v.security.CurrentActor;
import org.openv2v.shared.Refusal;
import org.openv2v.web.RefusalStatus;
import org.openv2v.web.RefusalWords;
import org.openv2v.web.RefusedWith;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The case pages: the list of cases at the user's sites, and one case's journey. Filters work as a
 * plain form; with htmx, only the results are swapped and the address keeps the filter.
 */
@RefusedWith(caseNotFound = true)
@Controller
@RequiredArgsConstructor
class CasePages {

  private final Cases cases;
  private final Network network;
  private final CurrentActor currentActor;
  private final Clock clock;
  private final ZoneId zone;
  private final MessageSource messages;

  // Other modules' sections of the case page, resolved when used: they read cases themselves.
  private final ObjectProvider<CasePanel> panels;

  private final RefusalWords refusalWords;

  @GetMapping("/cases")
  String list(
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String centre,
      @RequestParam(required = false) String q,
      @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
      @RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean restore,
      Model model,
      HttpServletResponse response) {
    Actor actor = currentActor.get();
    NetworkNames names = names();
    PageWords labels = labels();
    Formats formats = formats(labels);
    Optional<CaseState> stateFilter = parseState(state);
    Optional<String> centreFilter =
        Optional.ofNullable(centre).filter(StringUtils::hasText).filter(names.sites()::containsKey);
    // Searched by DIN or reference, and by name or record number for those who see patients.
    Optional<String> search =
        Optional.ofNullable(q).map(String::strip).filter(StringUtils::hasText);
    List<CaseRow> rows =
        cases
            .list(new CaseQuery(stateFilter, centreFilter, search, 0, CaseQuery.MAX_SIZE), actor)
            .stream()
            .map(view -> CaseRow.of(view, names, formats, labels))
            .toList();
    model.addAttribute("me", UserBadge.of(actor, names));
    model.addAttribute("rows", rows);
    model.addAttribute(
        "states", Arrays.stream(CaseState.values()).map(s -> Badge.of(s, labels)).toList());
    model.addAttribute("centres", names.treatmentCentres());
    model.addAttribute("selectedState", stateFilter.map(Enum::name).orElse(""));
    model.addAttribute("selectedCentre", centreFilter.orElse(""));
    model.addAttribute("query", search.orElse(""));
    model.addAttribute(
        "filtered", stateFilter.isPresent() || centreFilter.isPresent() || search.isPresent());
    model.addAttribute("seesNoCases", !actor.role().worksOnCases());
    model.addAttribute("zone", zone.getId());
    // One address, two bodies: caches must keep the full page and the fragment apart.
    response.addHeader("Vary", "HX-Request");
    if (htmx && !restore) {
      response.setHeader("HX-Push-Url", listUrl(stateFilter, centreFilter, search));
      // The language switcher comes along, so that its links keep the new filter.
      model.addAttribute("partial", true);
      return "cases/list :: results";
    }
    return "cases/list";
  }

  @GetMapping("/cases/{id}")
  String one(@PathVariable String id, Model model) {
    describe(CaseIds.parse(id), currentActor.get(), model.asMap());
    return "cases/case";
  }

  /**
   * Records one of the events the case page offers, then shows the case again: with a notice after
   * a redirect, or with the refusal on the page and its status (409, 422…).
   */
  @PostMapping("/cases/{id}/events")
  ModelAndView recordEvent(
      @PathVariable String id,
      @RequestParam(defaultValue = "") String type,
      @RequestParam(defaultValue = "") String eventId,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(defaultValue = "") String note,
      RedirectAttributes redirect) {
    Actor actor = currentActor.get();
    UUID caseId = CaseIds.parse(id);
    PageWords labels = labels();
    UUID formId = null;
    try {
      // A role that records no event (quality & audit) is refused before the form is read.
      if (Arrays.stream(CaseEventType.values())
          .noneMatch(candidate -> RecordingPolicy.mayRecord(actor.role(), candidate))) {
        throw Refusal.forbidden("A " + actor.role() + " records no events")
            .withWords("refusal.event.noRecorder", actor.role());
      }
      CaseEventType event = parseEvent(type);
      formId = parseEventId(eventId);
      CaseView view = cases.find(caseId, actor);
      NewEvent request =
          new NewEvent(
              formId,
              event,
              clock.instant(),
              EventActions.siteFor(view, actor),
              Optional.of(note.strip()),
              Optional.of(reason.strip()));
      cases.record(caseId, request, actor);
      redirect.addFlashAttribute(
          "actionNotice", labels.get("case.actions.recorded", labels.event(event)));
      return new ModelAndView("redirect:/cases/" + caseId);
    } catch (Refusal refusal) {
      if (refusal.kind() == Refusal.Kind.NOT_FOUND) {
        throw refusal;
      }
      if (alreadyRecorded(caseId, formId, actor)) {
        // The same form sent twice (a double click, a resend): it was recorded the first time.
        redirect.addFlashAttribute("actionNotice", labels.get("case.actions.already"));
        return new ModelAndView("redirect:/cases/" + caseId);
      }
      ModelAndView page = new ModelAndView("cases/case", RefusalStatus.of(refusal));
      describe(caseId, actor, page.getModel());
      page.addObject("actionRefusal", refusalWords.of(refusal));
      return page;
    }
  }

  private boolean alreadyRecorded(UUID caseId, UUID formId, Actor actor) {
    return formId != null
        && cases.timeline(caseId, actor).events().stream()
            .anyMatch(event -> event.eventId().equals(formId));
  }

  private void describe(UUID caseId, Actor actor, Map<String, Object> model) {
    CaseView view = cases.find(caseId, actor);
    Timeline timeline = cases.timeline(caseId, actor);
    NetworkNames names = names();
    model.put("me", UserBadge.of(actor, names));
    PageWords labels = labels();
    model.put("page", CasePage.of(view, timeline, names, formats(labels), labels));
    List<PanelSlot> slots =
        panels
            .orderedStream()
            .filter(panel -> panel.shownTo(actor))
            .sorted(Comparator.comparingInt(CasePanel::order))
            .map(panel -> new PanelSlot(panel.id(), panel.titleKey(), panel.path(caseId)))
            .toList();
    model.put("panels", slots);
    List<EventAction> actions = EventActions.of(view, actor, labels);
    model.put("actions", actions);
    model.put(
        "nextAction",
        NextAction.of(
                view, actor, actions, slots.stream().map(PanelSlot::id).collect(Collectors.toSet()))
            .orElse(null));
  }

  private static CaseEventType parseEvent(String type) {
    try {
      return CaseEventType.valueOf(type.strip());
    } catch (IllegalArgumentException e) {
      throw Refusal.invalidField("type", "no event " + type)
          .withWords("refusal.event.unknown", type);
    }
  }

  private static UUID parseEventId(String eventId) {
    try {
      return UUID.fromString(eventId.strip());
    } catch (IllegalArgumentException e) {
      throw Refusal.invalidField("eventId", "is not an event id; reload the page")
          .withWords("refusal.event.badId");
    }
  }

  private static Optional<CaseState> parseState(String state) {
    if (!StringUtils.hasText(state)) {
      return Optional.empty();
    }
    try {
      return Optional.of(CaseState.valueOf(state.trim()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String listUrl(
      Optional<CaseState> state, Optional<String> centre, Optional<String> search) {
    UriComponentsBuilder url = UriComponentsBuilder.fromPath("/cases");
    search.ifPresent(text -> url.queryParam("q", text));
    state.ifPresent(s -> url.queryParam("state", s.name()));
    centre.ifPresent(c -> url.queryParam("centre", c));
    return url.encode().build().toUriString();
  }

  private NetworkNames names() {
    return NetworkNames.of(network.sites(), network.products());
  }

  /** The words of the language chosen for this request (see {@code web.PreferredLanguage}). */
  private PageWords labels() {
    return new PageWords(messages, LocaleContextHolder.getLocale());
  }

  private Formats formats(PageWords labels) {
    return Formats.of(zone, LocalDate.now(clock.withZone(zone)), labels);
  }
}
