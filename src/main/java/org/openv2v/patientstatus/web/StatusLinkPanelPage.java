package org.openv2v.patientstatus.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseIds;
import org.openv2v.patientstatus.IssuedLink;
import org.openv2v.patientstatus.StatusLink;
import org.openv2v.patientstatus.StatusLinks;
import org.openv2v.security.Actor;
import org.openv2v.security.CurrentActor;
import org.openv2v.shared.Refusal;
import org.openv2v.web.PageDates;
import org.openv2v.web.RefusalWords;
import org.openv2v.web.RefusedWith;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Status links on the case page: issue one (its address is shown this once), list them, revoke. The
 * treatment centre's coordinators and physicians only; {@link StatusLinks} checks the site.
 */
@RefusedWith("status/panel :: refused")
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN')")
@RequiredArgsConstructor
class StatusLinkPanelPage {

  private static final String VIEW = "status/panel :: links";

  private final PageDates dates;
  private final StatusLinks links;
  private final CurrentActor currentActor;

  private final RefusalWords refusalWords;

  /** A link as the panel lists it, without its address (only its hash is kept). */
  record Row(
      UUID id,
      String issuedBy,
      String issuedAt,
      String expiresAt,
      boolean revoked,
      String revokedAt,
      int viewCount) {}

  @GetMapping("/cases/{id}/status-links")
  String show(@PathVariable UUID id, Model model, Locale locale) {
    describe(id, currentActor.get(), model, locale);
    return VIEW;
  }

  @PostMapping("/cases/{id}/status-links")
  String issue(@PathVariable UUID id, Model model, Locale locale) {
    Actor actor = currentActor.get();
    IssuedLink issued = links.issue(id, actor);
    model.addAttribute(
        "issuedUrl",
        ServletUriComponentsBuilder.fromCurrentContextPath()
            .path(issued.path())
            .build()
            .toUriString());
    describe(id, actor, model, locale);
    return VIEW;
  }

  @PostMapping("/cases/{id}/status-links/{linkId}/revoke")
  String revoke(@PathVariable UUID id, @PathVariable UUID linkId, Model model, Locale locale) {
    Actor actor = currentActor.get();
    try {
      links.revoke(id, linkId, actor);
      model.addAttribute("revoked", true);
    } catch (Refusal refusal) {
      if (refusal.kind() != Refusal.Kind.NOT_FOUND || CaseIds.isMissingCase(refusal)) {
        throw refusal;
      }
      model.addAttribute("problem", refusalWords.of(refusal));
    }
    describe(id, actor, model, locale);
    return VIEW;
  }

  private void describe(UUID id, Actor actor, Model model, Locale locale) {
    DateTimeFormatter when = dates.dateTimeFormatter(locale);
    List<Row> rows =
        links.links(id, actor).stream()
            .map(
                (StatusLink link) ->
                    new Row(
                        link.id(),
                        link.issuedBy(),
                        when.format(link.issuedAt()),
                        when.format(link.expiresAt()),
                        link.revokedAt().isPresent(),
                        link.revokedAt().map(when::format).orElse(null),
                        link.viewCount()))
            .toList();
    model.addAttribute("caseId", id);
    model.addAttribute("links", rows);
  }
}
