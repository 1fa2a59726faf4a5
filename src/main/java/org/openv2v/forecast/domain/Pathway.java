package org.openv2v.forecast.domain;

import org.openv2v.simulation.engine.Distribution;

/**
 * The delays and chances of the network model that no live record gives: from referral to payer
 * approval, lymphodepletion, and what happens after a failed manufacture (docs/forecast.md names
 * the source of each: the korea-2023 scenario).
 */
public record Pathway(
    Distribution referralToConsult,
    Distribution eligibilityAssessment,
    double ineligibleFraction,
    Distribution payerApproval,
    double payerRefusalFraction,
    Distribution receiptToInfusion,
    double failureFraction,
    double failureReApheresis,
    double failureOutOfSpecification) {}
