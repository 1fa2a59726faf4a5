package org.openv2v.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door leads to the cases. */
@Controller
class HomeController {

  HomeController() {}

  @GetMapping("/")
  String home() {
    return "redirect:/cases";
  }
}
