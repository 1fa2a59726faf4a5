package org.openv2v.custody.domain;

import java.util.UUID;

/**
 * The first record at which a chain does not hold, and why.
 *
 * @param sequence the record's place in the ledger
 * @param eventId its event id, or null when the break is a missing record
 * @param caseId its case, or null when the break is a missing record
 * @param reason what does not hold, in words
 */
public record BrokenRecord(long sequence, UUID eventId, UUID caseId, String reason) {}
