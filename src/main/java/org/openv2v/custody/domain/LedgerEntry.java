package org.openv2v.custody.domain;

import java.util.Optional;

/**
 * A custody record as the ledger keeps it: its content, the note itself (the content holds only its
 * hash) and its chain hashes.
 */
public record LedgerEntry(CustodyContent content, Optional<String> note, ChainHashes hashes) {}
