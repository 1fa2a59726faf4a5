package org.openv2v.custody.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Recomputes the whole ledger, record by record in ledger order, so that it can be streamed from
 * the database: every content hash from the content, and both chains (the ledger's and each case's)
 * link by link. An altered field breaks its record's content hash; a removed, inserted or reordered
 * record breaks a sequence or a link. Only the first break is reported; the check goes on counting
 * so the answer says how many records were read (21 CFR 11.10(a): the ability to discern invalid or
 * altered records).
 */
public final class LedgerCheck {

  private record CaseHead(int sequence, String chainHash) {}

  private final Map<UUID, CaseHead> cases = new HashMap<>();
  private long lastSequence;
  private String lastLedgerHash = Chain.ZERO;
  private long checked;
  private BrokenRecord firstInvalid;

  /** Checks the next record of the ledger. */
  public void add(LedgerEntry entry) {
    checked++;
    CustodyContent content = entry.content();
    ChainHashes hashes = entry.hashes();
    CaseHead caseHead = cases.getOrDefault(content.caseId(), new CaseHead(0, Chain.ZERO));
    if (firstInvalid == null) {
      String why = problem(content, hashes, caseHead);
      if (why != null) {
        firstInvalid =
            new BrokenRecord(content.sequence(), content.eventId(), content.caseId(), why);
      }
    }
    // Go on from what the record says, so that one break is reported once.
    lastSequence = content.sequence();
    lastLedgerHash = hashes.ledgerChainHash();
    cases.put(content.caseId(), new CaseHead(content.caseSequence(), hashes.caseChainHash()));
  }

  /**
   * A row that no longer reads as a record (a value outside its type, changed past the
   * application), with what is needed to go on checking the chains after it.
   */
  public record Unreadable(
      long sequence,
      UUID eventId,
      UUID caseId,
      int caseSequence,
      String caseChainHash,
      String ledgerChainHash,
      String why) {}

  /**
   * Counts a record that could not be read as one (a value outside its type), as broken, and goes
   * on from the chain hashes it carries.
   */
  public void unreadable(Unreadable row) {
    checked++;
    if (firstInvalid == null) {
      firstInvalid = new BrokenRecord(row.sequence(), row.eventId(), row.caseId(), row.why());
    }
    lastSequence = row.sequence();
    lastLedgerHash = row.ledgerChainHash();
    cases.put(row.caseId(), new CaseHead(row.caseSequence(), row.caseChainHash()));
  }

  private String problem(CustodyContent content, ChainHashes hashes, CaseHead caseHead) {
    if (content.sequence() != lastSequence + 1) {
      return "sequence "
          + content.sequence()
          + " follows "
          + lastSequence
          + ": records are missing or out of order";
    }
    if (!content.hash().equals(hashes.contentHash())) {
      return "content hash mismatch: the record differs from what was signed";
    }
    if (!hashes.previousInLedger().equals(lastLedgerHash)) {
      return "previous_in_ledger does not match the ledger chain hash of record " + lastSequence;
    }
    if (!Chain.link(hashes.previousInLedger(), hashes.contentHash())
        .equals(hashes.ledgerChainHash())) {
      return "ledger chain hash mismatch";
    }
    if (content.caseSequence() != caseHead.sequence() + 1) {
      return "case sequence "
          + content.caseSequence()
          + " follows "
          + caseHead.sequence()
          + " in case "
          + content.caseId()
          + ": records of the case are missing or out of order";
    }
    if (!hashes.previousInCase().equals(caseHead.chainHash())) {
      return "previous_in_case does not match the case chain hash of the case's previous record";
    }
    if (!Chain.link(hashes.previousInCase(), hashes.contentHash()).equals(hashes.caseChainHash())) {
      return "case chain hash mismatch";
    }
    return null;
  }

  /**
   * The verdict, given what the ledger's head says: how many records there are and the last ledger
   * chain hash. A head that disagrees means records were removed from the end.
   */
  public LedgerVerdict finish(long headSequence, String headChainHash) {
    if (firstInvalid == null
        && (headSequence != lastSequence || !headChainHash.equals(lastLedgerHash))) {
      firstInvalid =
          new BrokenRecord(
              Math.max(headSequence, lastSequence),
              null,
              null,
              "the ledger head records "
                  + headSequence
                  + " records ending in chain hash "
                  + headChainHash
                  + ", but the records end at "
                  + lastSequence
                  + " with "
                  + lastLedgerHash);
    }
    return new LedgerVerdict(firstInvalid == null, checked, Optional.ofNullable(firstInvalid));
  }
}
