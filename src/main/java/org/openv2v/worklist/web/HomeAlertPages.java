package org.openv2v.worklist.web;

import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.alerts.Alerts;
import org.openv2v.security.CurrentActor;
import org.openv2v.shared.Refusal;
import org.openv2v.web.RefusedWith;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Acknowledging an alert from the home: a plain form post (with its CSRF token) that returns to the
 * home, so that it works with or without script.
 */
@RefusedWith
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN','NURSE','AUDITOR')")
@RequiredArgsConstructor
class HomeAlertPages {

  private final Alerts alerts;
  private final CurrentActor currentActor;

  @PostMapping("/worklist/alerts/{id}/acknowledge")
  String acknowledge(@PathVariable String id) {
    alerts.acknowledge(parse(id), currentActor.get());
    return "redirect:/?acknowledged#alerts";
  }

  private static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw Refusal.notFound("No alert " + id).withWords("refusal.alert.notFound", id);
    }
  }
}
