package org.openv2v.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.openv2v.shared.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A refusal in the reader's words: the bundles' text of its key ({@link Refusal#withWords}), with
 * its arguments put into words too (a state, role, step or leg by its name in the bundles, a time
 * in the network's zone). Every page shows refusals through this; the API does when the request
 * asks for Korean (docs/i18n.md). A refusal without words keeps its English message.
 */
@Component
@RequiredArgsConstructor
public class RefusalWords {

  /** Bundle prefixes of the codes a refusal may carry, by the code's enum type. */
  private static final Map<String, String> CODE_PREFIXES =
      Map.of(
          "Role", "role.",
          "CaseState", "state.",
          "CaseEventType", "event.",
          "CustodyStep", "custody.step.",
          "Leg", "logistics.leg.",
          "FollowUpKind", "safety.followUp.kind.",
          "DiseaseTempo", "scheduling.tempo.");

  private final MessageSource messages;
  private final PageDates dates;

  /** In the language of this request. */
  public String of(Refusal refusal) {
    return of(refusal, LocaleContextHolder.getLocale());
  }

  public String of(Refusal refusal, Locale locale) {
    if (refusal.messageKey().isEmpty()) {
      return refusal.getMessage();
    }
    Object[] arguments = refusal.arguments().stream().map(a -> word(a, locale)).toArray();
    return messages.getMessage(refusal.messageKey().get(), arguments, refusal.getMessage(), locale);
  }

  /**
   * Each field the refusal names, in the reader's words ({@code field.<name>}, else {@code
   * safety.field.<name>}, else the field's code), with what is wrong with it: the refusal's words
   * when the field's problem is the refusal itself; another problem's English message only on an
   * English page.
   */
  public List<String> fields(Refusal refusal) {
    Locale locale = LocaleContextHolder.getLocale();
    boolean english = locale.getLanguage().equals("en");
    return refusal.fieldProblems().stream()
        .map(
            problem -> {
              String label = label(problem.field(), locale);
              if (problem.message().equals(refusal.getMessage())) {
                return label + ": " + of(refusal, locale);
              }
              return english ? label + ": " + problem.message() : label;
            })
        .distinct()
        .toList();
  }

  private String label(String field, Locale locale) {
    String safety = messages.getMessage("safety.field." + field, null, field, locale);
    return messages.getMessage("field." + field, null, safety, locale);
  }

  private Object word(Object argument, Locale locale) {
    if (argument instanceof Enum<?> code) {
      String prefix = CODE_PREFIXES.get(code.getDeclaringClass().getSimpleName());
      return prefix == null
          ? code.name()
          : messages.getMessage(prefix + code.name(), null, code.name(), locale);
    }
    if (argument instanceof Collection<?> many) {
      return many.stream()
          .map(one -> String.valueOf(word(one, locale)))
          .collect(Collectors.joining(", "));
    }
    if (argument instanceof Instant
        || argument instanceof OffsetDateTime
        || argument instanceof ZonedDateTime) {
      return dates.dateTime(argument);
    }
    if (argument instanceof LocalDate) {
      return dates.date(argument);
    }
    return argument;
  }
}
