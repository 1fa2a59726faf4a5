package org.openv2v.custody.domain;

import java.util.Optional;

/**
 * The outcome of recomputing the ledger's chains.
 *
 * @param valid whether every record and both chains hold
 * @param checked how many records were checked
 * @param firstInvalid the first record that does not hold, if any
 */
public record LedgerVerdict(boolean valid, long checked, Optional<BrokenRecord> firstInvalid) {}
