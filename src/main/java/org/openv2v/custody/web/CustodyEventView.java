package org.openv2v.custody.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openv2v.custody.CustodyRecord;
import org.openv2v.custody.domain.Condition;
import org.openv2v.custody.domain.CustodyStep;
import org.openv2v.custody.domain.LedgerJson;
import org.openv2v.custody.domain.Signatory;

/**
 * A signed custody record as the API answers it: each signature with printed name, role and
 * meaning, the record's times, and its hashes (21 CFR 11.50).
 */
record CustodyEventView(
    UUID eventId,
    UUID caseId,
    long sequence,
    int caseSequence,
    CustodyStep step,
    Signatory signer,
    Signatory witness,
    String siteId,
    List<String> units,
    Instant serverTime,
    Instant deviceTime,
    Condition condition,
    BigDecimal temperatureCelsius,
    String note,
    String contentHash,
    String previousInCase,
    String caseChainHash,
    String previousInLedger,
    String ledgerChainHash) {

  static CustodyEventView of(CustodyRecord record) {
    return new CustodyEventView(
        record.eventId(),
        record.caseId(),
        record.sequence(),
        record.caseSequence(),
        record.step(),
        record.signature(),
        record.witness().orElse(null),
        record.siteId(),
        record.units(),
        record.serverTime(),
        record.deviceTime(),
        record.condition(),
        record
            .temperatureCelsius()
            .map(t -> new BigDecimal(LedgerJson.Number.of(t).text()))
            .orElse(null),
        record.note().orElse(null),
        record.hashes().contentHash(),
        record.hashes().previousInCase(),
        record.hashes().caseChainHash(),
        record.hashes().previousInLedger(),
        record.hashes().ledgerChainHash());
  }
}
