package org.openv2v.cases;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The patient as referred: identity, and the body measures that doses are calculated from. */
public record Patient(
    @NotBlank @Size(max = 200) String name,
    @NotNull @Past LocalDate birthDate,
    @NotNull Sex sex,
    @NotNull @DecimalMin("1.0") @DecimalMax("350.0") BigDecimal weightKg,
    @NotNull @DecimalMin("30.0") @DecimalMax("250.0") BigDecimal heightCm,
    @NotBlank
        @Pattern(regexp = "[A-Za-z0-9-]{1,32}", message = "must be 1-32 letters, digits or '-'")
        String mrn) {}
