package org.openv2v.web;

import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.openv2v.network.Network;
import org.openv2v.security.CurrentActor;
import org.openv2v.shared.Refusal;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one answer to a refusal that a page does not say in place: its status, and the page's own
 * view for it (a friendly error page, or a panel's short fragment), never a stack trace. A case the
 * reader may not see is simply not found. The API's refusals are {@link ApiProblems}'s.
 */
@ControllerAdvice(annotations = RefusedWith.class)
@RequiredArgsConstructor
class PageRefusals {

  private final RefusalWords words;
  private final CurrentActor currentActor;
  private final Network network;

  @ExceptionHandler(Refusal.class)
  ModelAndView refused(Refusal refusal, HandlerMethod handler, Locale locale) {
    RefusedWith page =
        AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RefusedWith.class);
    HttpStatus status = RefusalStatus.of(refusal);
    boolean notFound = status == HttpStatus.NOT_FOUND;
    ModelAndView view = new ModelAndView(page == null ? "error" : page.value(), status);
    view.addObject("status", status.value());
    view.addObject("error", status.getReasonPhrase());
    view.addObject("notFound", notFound);
    view.addObject("caseNotFound", notFound && page != null && page.caseNotFound());
    view.addObject("problem", words.of(refusal, locale));
    view.addObject("fields", words.fields(refusal));
    // The page still renders for a stranger, without a name in the top bar.
    currentActor.find().ifPresent(actor -> view.addObject("me", SignedInBadge.of(actor, network)));
    return view;
  }
}
