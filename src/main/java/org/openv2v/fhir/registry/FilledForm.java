package org.openv2v.fhir.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One registry form for one case and time point, pre-filled: every field with its value when the
 * platform knows it, and the fields still missing listed by id.
 *
 * @param timepoint the follow-up time point ("day-100", "month-6", "year-1"… "year-15"), or
 *     "infusion" for the forms of the infusion itself
 * @param dueOn when the registry expects it
 */
public record FilledForm(
    RegistryForm form,
    String title,
    String caseReference,
    String timepoint,
    LocalDate dueOn,
    String dueSource,
    List<Field> fields,
    List<String> missing) {

  /** One question of the form: its id, wording, the value if known, and where it comes from. */
  public record Field(String id, String label, Optional<String> value, String source) {}

  public FilledForm {
    fields = List.copyOf(fields);
    missing = List.copyOf(missing);
  }

  /** The form with these fields; the missing ones are those without a value. */
  static FilledForm of(
      RegistryForm form,
      String caseReference,
      String timepoint,
      LocalDate dueOn,
      String dueSource,
      List<Field> fields) {
    return new FilledForm(
        form,
        form.title(),
        caseReference,
        timepoint,
        dueOn,
        dueSource,
        fields,
        fields.stream().filter(f -> f.value().isEmpty()).map(Field::id).toList());
  }
}
