package org.openv2v.worklist.web;

import lombok.RequiredArgsConstructor;
import org.openv2v.security.Actor;
import org.openv2v.security.CurrentActor;
import org.openv2v.security.Role;
import org.openv2v.worklist.Worklist;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The front door: the worklist home for those who look after patients (and quality, who watch
 * them); everyone else starts where their work is.
 */
@Controller
@RequiredArgsConstructor
class HomeController {

  private final CurrentActor currentActor;
  private final Worklist worklist;

  @GetMapping("/")
  String home(Model model) {
    Actor actor = currentActor.get();
    if (!Worklist.READERS.contains(actor.role())) {
      return "redirect:" + startOf(actor.role());
    }
    model.addAttribute("home", worklist.home(actor));
    return "worklist/home";
  }

  /** Where a role without a worklist home starts: its own pages. */
  static String startOf(Role role) {
    return role.startPage();
  }
}
