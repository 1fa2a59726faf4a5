package org.openv2v.safety.domain;

import java.util.Optional;

/**
 * What the clinician observed for ICANS grading. Exactly one encephalopathy assessment is given: an
 * ICE score (adults and older children), a CAPD score (younger children, or older patients with
 * developmental delay up to 21), or "unable to perform" ({@code iceUnableToPerform}, which covers
 * CAPD too).
 */
public record IcansFindings(
    double ageYears,
    Optional<Integer> iceScore,
    boolean iceUnableToPerform,
    Optional<Integer> capdScore,
    boolean developmentalDelay,
    Consciousness consciousness,
    boolean consciousnessOtherCause,
    Seizure seizure,
    MotorFinding motor,
    CerebralEdema cerebralEdema,
    boolean deathDueToIcans) {}
