package org.openv2v.worklist.domain;

import org.openv2v.cases.domain.CaseState;
import org.openv2v.custody.domain.CustodyStep;

/**
 * A custody step the journey has passed without its signed record. {@code latest} says the step is
 * the one that led to the case's current state, so the signature may simply not be in yet.
 */
public record MissingSignature(
    CustodyStep step, CaseState reachedState, Party signer, boolean latest) {}
