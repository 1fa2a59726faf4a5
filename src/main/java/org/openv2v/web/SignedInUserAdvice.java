package org.openv2v.web;

import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.openv2v.network.Network;
import org.openv2v.security.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the signed-in user for the top bar ({@code me}), so that a module's page
 * controller need not; pages for strangers (sign-in, a patient's status) get none.
 */
@ControllerAdvice(annotations = Controller.class)
@RequiredArgsConstructor
class SignedInUserAdvice {

  private final CurrentActor currentActor;
  private final Network network;

  @ModelAttribute("me")
  SignedInBadge me(HttpServletRequest request) {
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      return null;
    }
    return currentActor.find().map(actor -> SignedInBadge.of(actor, network)).orElse(null);
  }
}
