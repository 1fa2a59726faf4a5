package org.openv2v.custody;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openv2v.custody.domain.ChainHashes;
import org.openv2v.custody.domain.Condition;
import org.openv2v.custody.domain.CustodyStep;
import org.openv2v.custody.domain.LedgerEntry;
import org.openv2v.custody.domain.Signatory;

/**
 * A signed custody record as other modules read it.
 *
 * @param eventId the client-chosen event id
 * @param caseId the case
 * @param sequence the record's place in the whole ledger, from 1; increases with server time
 * @param caseSequence the record's place in its case's chain, from 1
 * @param step what happened to the cells
 * @param units the scanned units, normalised: upper case, no spaces, leading {@code =} kept
 * @param siteId where it happened
 * @param signer the signer's username
 * @param signature the signer's printed name, role and the meaning of the signature
 * @param witness the witness's signature, if the step was witnessed
 * @param serverTime when the platform recorded the signature
 * @param deviceTime when the scanning device says it happened
 * @param condition the package as found
 * @param temperatureCelsius the temperature read at the handover, if one was
 * @param note the signer's note, if any; callers decide who may read it
 * @param hashes the content hash and the chain links
 */
public record CustodyRecord(
    UUID eventId,
    UUID caseId,
    long sequence,
    int caseSequence,
    CustodyStep step,
    List<String> units,
    String siteId,
    String signer,
    Signatory signature,
    Optional<Signatory> witness,
    Instant serverTime,
    Instant deviceTime,
    Condition condition,
    Optional<BigDecimal> temperatureCelsius,
    Optional<String> note,
    ChainHashes hashes) {

  public CustodyRecord {
    units = List.copyOf(units);
  }

  static CustodyRecord of(LedgerEntry entry) {
    var content = entry.content();
    return new CustodyRecord(
        content.eventId(),
        content.caseId(),
        content.sequence(),
        content.caseSequence(),
        content.step(),
        content.units(),
        content.siteId(),
        content.signer().username(),
        content.signer(),
        content.witness(),
        content.serverTime(),
        content.deviceTime(),
        content.condition(),
        content.temperatureCelsius(),
        entry.note(),
        entry.hashes());
  }
}
