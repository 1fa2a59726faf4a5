package org.openv2v.scheduling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A day a site does not collect cells (public holiday, maintenance, staff shortage). */
public record BlackoutDay(
    @NotBlank String siteId, @NotNull LocalDate day, @NotBlank @Size(max = 500) String reason) {}
