package org.openv2v.fhir.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.fhir.internal.RegistrySubmissions;
import org.openv2v.fhir.registry.FilledForm;
import org.openv2v.security.CurrentActor;
import org.openv2v.shared.Refusal;
import org.openv2v.web.PageDates;
import org.openv2v.web.RefusalWords;
import org.openv2v.web.RefusedWith;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One registry or regulator form of a case as a page to read and print: every field with its value
 * in words or marked missing, where it comes from, and the files to download; the coordinator
 * records the submission here. The Home links here. Same roles, sites and audit as the forms' API
 * (RegistrySubmissions). A form the reader may not see (a case outside their sites, a role refused
 * by the service) or that does not exist answers with the error page and its status, in the
 * reader's words ({@link RefusedWith}), never a stack trace.
 */
@Controller
@RefusedWith
@RequiredArgsConstructor
class RegistryFormPage {

  /** A field as the page shows it: the value worded, or empty when still missing. */
  record Line(String id, String label, String value, boolean missing, String source) {}

  private final RegistrySubmissions registry;
  private final CurrentActor actor;
  private final FormValueWords words;
  private final MessageSource messages;
  private final RefusalWords refusalWords;
  private final PageDates dates;
  private final Clock clock;
  private final ZoneId zone;

  @GetMapping("/cases/{id}/registry-forms/{form}/{timepoint}")
  String show(
      @PathVariable UUID id,
      @PathVariable String form,
      @PathVariable String timepoint,
      Model model,
      Locale locale) {
    FilledForm filled = registry.form(id, form, timepoint, actor.get());
    // The files say "assumption" where no published source backs a field; the page says it in the
    // reader's language, as its note above the table does.
    String assumption = messages.getMessage("registry.page.assumption", null, locale);
    List<Line> lines =
        filled.fields().stream()
            .map(
                f ->
                    new Line(
                        f.id(),
                        f.label(),
                        f.value().map(v -> words.of(v, locale)).orElse(""),
                        f.value().isEmpty(),
                        f.source().replace("assumption", assumption)))
            .toList();
    DateTimeFormatter date = dates.dateFormatter(locale);
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
    registry
        .submissionOf(id, form, timepoint)
        .ifPresent(
            done -> {
              model.addAttribute("submittedOn", done.submittedOn().format(date));
              model.addAttribute("submittedBy", done.recordedBy());
              model.addAttribute("submittedReference", done.reference().orElse(""));
            });
    model.addAttribute("today", LocalDate.now(clock.withZone(zone)).toString());
    return "registry/form";
  }

  /**
   * The coordinator records that the form went to the registry, from the form's page: the form
   * leaves the Home. A date in the future, a second record or a long reference is shown on the page
   * in words; a case or form the reader may not touch answers with the error page.
   */
  @PostMapping("/cases/{id}/registry-forms/{form}/{timepoint}/submission")
  String submit(
      @PathVariable UUID id,
      @PathVariable String form,
      @PathVariable String timepoint,
      @RequestParam(defaultValue = "") String submittedOn,
      @RequestParam(defaultValue = "") String reference,
      Model model,
      Locale locale) {
    try {
      registry.submit(id, form, timepoint, day(submittedOn), reference(reference), actor.get());
      return "redirect:/cases/" + id + "/registry-forms/" + form + "/" + timepoint + "?recorded";
    } catch (Refusal refusal) {
      if (refusal.kind() == Refusal.Kind.NOT_FOUND || refusal.kind() == Refusal.Kind.FORBIDDEN) {
        throw refusal;
      }
      model.addAttribute("problem", refusalWords.of(refusal, locale));
      return show(id, form, timepoint, model, locale);
    }
  }

  private static LocalDate day(String text) {
    if (text.isBlank()) {
      throw Refusal.invalidField("submittedOn", "is required").withWords("refusal.field.required");
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeException notADay) {
      throw Refusal.invalidField("submittedOn", "is not a date: " + text.strip())
          .withWords("refusal.field.notDateWas", text.strip());
    }
  }

  private static Optional<String> reference(String text) {
    if (text.strip().length() > 100) {
      throw Refusal.invalidField("reference", "must be at most 100 characters")
          .withWords("refusal.field.tooLong", 100);
    }
    return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
  }
}
