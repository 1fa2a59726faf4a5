package org.openv2v.worklist.domain;

import org.openv2v.custody.domain.CustodyStep;

/** A step found signed in a case's custody ledger, and where it was signed. */
public record SignedStep(CustodyStep step, String siteId) {}
