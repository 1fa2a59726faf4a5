package org.openv2v.custody.domain;

/**
 * A record's hashes: of its content, and its links in the chain of its case and in the chain of the
 * whole ledger (docs/ledger.md).
 *
 * @param contentHash SHA-256 of the canonical content
 * @param previousInCase the case chain hash of the case's previous record, or 64 zeros
 * @param caseChainHash {@code SHA-256(previousInCase + contentHash)}
 * @param previousInLedger the ledger chain hash of the ledger's previous record, or 64 zeros
 * @param ledgerChainHash {@code SHA-256(previousInLedger + contentHash)}
 */
public record ChainHashes(
    String contentHash,
    String previousInCase,
    String caseChainHash,
    String previousInLedger,
    String ledgerChainHash) {

  /** The hashes of content appended after these two chain heads. */
  public static ChainHashes append(
      CustodyContent content, String previousInCase, String previousInLedger) {
    String contentHash = content.hash();
    return new ChainHashes(
        contentHash,
        previousInCase,
        Chain.link(previousInCase, contentHash),
        previousInLedger,
        Chain.link(previousInLedger, contentHash));
  }
}
