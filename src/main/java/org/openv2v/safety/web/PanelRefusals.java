package org.openv2v.safety.web;

import java.util.Locale;
import org.openv2v.shared.Refusal;
import org.openv2v.web.RefusalStatus;
import org.openv2v.web.RefusalWords;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal the panels do not show in place (a case the reader may not see, a role refused by the
 * service) answers with its status and a short fragment, never a stack trace: a case outside the
 * reader's sites is simply not found.
 */
@ControllerAdvice(
    assignableTypes = {
      ChecklistPanelPage.class,
      AssessmentPanelPage.class,
      FollowUpPanelPage.class
    })
class PanelRefusals {

  private final MessageSource messages;

  private final RefusalWords refusalWords;

  PanelRefusals(MessageSource messages, RefusalWords refusalWords) {
    this.refusalWords = refusalWords;
    this.messages = messages;
  }

  @ExceptionHandler(Refusal.class)
  ModelAndView refused(Refusal refusal, Locale locale) {
    HttpStatus status = RefusalStatus.of(refusal);
    ModelAndView fragment = new ModelAndView("safety/refused :: body", status);
    fragment.addObject("problem", PanelProblem.of(refusal, refusalWords));
    return fragment;
  }
}
