package org.openv2v.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.openv2v.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the form's POST. */
@Controller
class LoginController {

  private final boolean demo;

  LoginController(@Value("${openv2v.demo:false}") boolean demo) {
    this.demo = demo;
  }

  @GetMapping("/login")
  String login(
      @RequestParam(required = false) String error,
      @RequestParam(required = false) String signedOut,
      @RequestParam(required = false) String locked,
      @RequestParam(required = false) String ended,
      Authentication authentication,
      Model model) {
    if (authentication != null
        && authentication.isAuthenticated()
        && !(authentication instanceof AnonymousAuthenticationToken)) {
      return "redirect:/";
    }
    model.addAttribute("failed", error != null);
    model.addAttribute("signedOut", signedOut != null);
    model.addAttribute("locked", locked != null);
    // An administrator changed or disabled the account, which ends its sessions.
    model.addAttribute("ended", ended != null);
    model.addAttribute("demo", demo);
    // The demo creates one user per role, named after it, with the name as password.
    List<String> demoUsers =
        demo
            ? Arrays.stream(Role.values())
                .map(role -> role.name().toLowerCase(Locale.ROOT))
                .toList()
            : List.of();
    model.addAttribute("demoUsers", demoUsers);
    return "login";
  }
}
