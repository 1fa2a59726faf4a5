package org.openv2v.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The patient as a caller may see them. Name, birth date and record number are absent for those who
 * handle the product but not the patient.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PatientView(
    String name,
    LocalDate birthDate,
    Sex sex,
    BigDecimal weightKg,
    BigDecimal heightCm,
    String mrn) {

  static PatientView of(Patient patient, boolean showIdentity) {
    return showIdentity
        ? new PatientView(
            patient.name(),
            patient.birthDate(),
            patient.sex(),
            patient.weightKg(),
            patient.heightCm(),
            patient.mrn())
        : new PatientView(null, null, patient.sex(), patient.weightKg(), patient.heightCm(), null);
  }
}
