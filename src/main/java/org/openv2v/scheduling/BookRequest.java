package org.openv2v.scheduling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Books one of the options offered for the case. */
public record BookRequest(@NotBlank @Size(max = 200) String optionId) {}
