package org.openv2v.fhir.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openv2v.fhir.internal.RegistrySubmissions;
import org.openv2v.fhir.registry.FilledForm;
import org.openv2v.security.CurrentActor;
import org.openv2v.shared.Refusal;
import org.openv2v.web.RefusalStatus;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * One registry or regulator form of a case as a page to read and print: every field with its value
 * in words or marked missing, where it comes from, and the files to download. The Home links here.
 * Same roles, sites and audit as the forms' API (RegistrySubmissions).
 */
@Controller
class RegistryFormPage {

  /** A field as the page shows it: the value worded, or empty when still missing. */
  record Line(String id, String label, String value, boolean missing, String source) {}

  private final RegistrySubmissions registry;
  private final CurrentActor actor;
  private final FormValueWords words;
  private final MessageSource messages;

  RegistryFormPage(
      RegistrySubmissions registry,
      CurrentActor actor,
      FormValueWords words,
      MessageSource messages) {
    this.registry = registry;
    this.actor = actor;
    this.words = words;
    this.messages = messages;
  }

  @GetMapping("/cases/{id}/registry-forms/{form}/{timepoint}")
  String show(
      @PathVariable UUID id,
      @PathVariable String form,
      @PathVariable String timepoint,
      Model model,
      Locale locale) {
    FilledForm filled = registry.form(id, form, timepoint, actor.get());
    List<Line> lines =
        filled.fields().stream()
            .map(
                f ->
                    new Line(
                        f.id(),
                        f.label(),
                        f.value().map(v -> words.of(v, locale)).orElse(""),
                        f.value().isEmpty(),
                        f.source()))
            .toList();
    DateTimeFormatter date =
        DateTimeFormatter.ofPattern(messages.getMessage("format.date", null, locale), locale);
    int dash = timepoint.indexOf('-');
    model.addAttribute("caseId", id);
    model.addAttribute("form", filled);
    model.addAttribute("slug", form);
    model.addAttribute("timepoint", timepoint);
    model.addAttribute("timepointKind", dash < 0 ? timepoint : timepoint.substring(0, dash));
    model.addAttribute("timepointNumber", dash < 0 ? 0 : timepoint.substring(dash + 1));
    model.addAttribute("dueOn", filled.dueOn().format(date));
    model.addAttribute("lines", lines);
    model.addAttribute("korean", form.equals("mfds-ltfu") || form.equals("hira-outcome"));
    return "registry/form";
  }

  /**
   * A form the reader may not see (a case outside their sites, a role refused by the service) or
   * that does not exist answers with the error page and its status, never a stack trace.
   */
  @ExceptionHandler(Refusal.class)
  ModelAndView refused(Refusal refusal) {
    HttpStatus status = RefusalStatus.of(refusal);
    ModelAndView page = new ModelAndView("error", status);
    page.addObject("status", status.value());
    page.addObject("error", status.getReasonPhrase());
    return page;
  }
}
