package org.openv2v.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.openv2v.shared.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the planning run pages (simulator and economic models) share: a run's id and the start
 * form's numbers read from text, a refused start shown on the form again, and the run's progress
 * with its report's section for the page that polls it. Each module keeps its own words: the keys
 * are given by the caller, whose bundle holds them.
 */
@Component
@RequiredArgsConstructor
public class RunPages {

  private final MessageSource messages;
  private final RefusalWords refusalWords;

  /** A run's id from the address; anything else is a run not found, in the words of that key. */
  public UUID runId(String text, String notFoundKey) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw Refusal.notFound(text(notFoundKey)).withWords(notFoundKey);
    }
  }

  /** A whole number from a form field, refused with the key's words naming the field. */
  public long whole(String text, String field, String wordsKey) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw Refusal.invalidField(field, text(wordsKey, field)).withWords(wordsKey, field);
    }
  }

  /** A number from a form field, refused with the key's words naming the field. */
  public double number(String text, String field, String wordsKey) {
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw Refusal.invalidField(field, text(wordsKey, field)).withWords(wordsKey, field);
    }
  }

  /** A refused start: the form's status and the refusal's words under {@code attribute}. */
  public void refused(
      Refusal refusal, String attribute, Model model, HttpServletResponse response) {
    response.setStatus(RefusalStatus.of(refusal).value());
    model.addAttribute(attribute, refusalWords.of(refusal));
  }

  /**
   * A run's page or its polled fragment: the run, whether it is finished (polling stops), its
   * progress in percent and, once done, the report's section to show inside the page. The section
   * is read only for a finished run: read beside a status of "running", a run that finished in
   * between showed its report under a state still saying "running".
   */
  public void progress(
      Model model,
      Object run,
      boolean finished,
      double progress,
      Supplier<Optional<String>> section) {
    model.addAttribute("run", run);
    model.addAttribute("finished", finished);
    model.addAttribute("percent", Math.round(100 * progress));
    model.addAttribute("report", finished ? section.get().orElse(null) : null);
  }

  /** The bundles' words for a key in the reader's language. */
  public String text(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
