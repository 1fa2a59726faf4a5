package org.openv2v.custody;

/** The record a signature produced, and whether it was produced before (a replayed event id). */
public record SignedCustodyEvent(CustodyRecord record, boolean replayed) {}
