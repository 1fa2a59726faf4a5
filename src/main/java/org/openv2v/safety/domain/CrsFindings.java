package org.openv2v.safety.domain;

import java.util.Optional;

/**
 * What the clinician observed for CRS grading. {@code vasopressinOnlyAdded}: the second vasopressor
 * is vasopressin. {@code oxygenFlowLpm} is read for nasal cannula only.
 */
public record CrsFindings(
    double temperatureC,
    boolean feverOtherCause,
    boolean crsPreviouslyDiagnosed,
    boolean antipyreticOrAnticytokineGiven,
    Hypotension hypotension,
    boolean vasopressinOnlyAdded,
    OxygenSupport oxygen,
    Optional<Double> oxygenFlowLpm,
    boolean deathDueToCrs) {}
