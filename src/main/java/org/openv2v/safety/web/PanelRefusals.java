package org.openv2v.safety.web;

import java.util.Locale;
import org.openv2v.shared.Refusal;
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

  PanelRefusals(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(Refusal.class)
  ModelAndView refused(Refusal refusal, Locale locale) {
    HttpStatus status =
        switch (refusal.kind()) {
          case NOT_FOUND -> HttpStatus.NOT_FOUND;
          case FORBIDDEN -> HttpStatus.FORBIDDEN;
          case CONFLICT -> HttpStatus.CONFLICT;
          case INVALID -> HttpStatus.BAD_REQUEST;
          case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    ModelAndView fragment = new ModelAndView("safety/refused :: body", status);
    fragment.addObject("problem", PanelProblem.of(refusal, messages, locale));
    return fragment;
  }
}
