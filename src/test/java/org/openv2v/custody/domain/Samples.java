package org.openv2v.custody.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Custody content and chained ledgers for the domain tests. */
final class Samples {

  static final UUID CASE_A = UUID.fromString("00000000-0000-4000-8000-000000000001");
  static final UUID CASE_B = UUID.fromString("00000000-0000-4000-8000-000000000002");
  static final String NOTE = "Bag 1 of 1, thawed at 37 °C";

  private Samples() {}

  /** The worked example of docs/ledger.md. */
  static CustodyContent thawed() {
    return new CustodyContent(
        CASE_A,
        1,
        1,
        UUID.fromString("6f1c1f3e-3f7a-4b0e-9a57-0d5c1a1e2b44"),
        CustodyStep.THAWED,
        new Signatory("nurse", "Demo Nurse", "NURSE", "thawed by"),
        Optional.of(new Signatory("physician", "Demo Physician", "PHYSICIAN", "witnessed by")),
        "KR-SNUH",
        List.of("=A99992612345601"),
        Instant.parse("2026-11-24T01:00:00.123456Z"),
        Instant.parse("2026-11-24T09:59:58.5+09:00"),
        Condition.INTACT,
        Optional.of(new BigDecimal("-150.50")),
        CustodyContent.noteDigest(Optional.of(NOTE)));
  }

  static CustodyContent content(UUID caseId, int caseSequence, long sequence, CustodyStep step) {
    return new CustodyContent(
        caseId,
        caseSequence,
        sequence,
        UUID.nameUUIDFromBytes(("event-" + sequence).getBytes()),
        step,
        new Signatory("nurse", "Demo Nurse", "NURSE", step.meaning()),
        Optional.empty(),
        "KR-SNUH",
        List.of("=A99992600000" + (caseId.equals(CASE_A) ? "1" : "2") + "01"),
        Instant.parse("2026-11-24T01:00:00Z").plusSeconds(sequence),
        Instant.parse("2026-11-24T01:00:00Z").plusSeconds(sequence),
        Condition.INTACT,
        Optional.empty(),
        sequence % 2 == 0
            ? CustodyContent.noteDigest(Optional.of("note " + sequence))
            : Optional.empty());
  }

  /** A ledger of {@code size} records alternating between case A and case B, chained properly. */
  static List<LedgerEntry> ledger(int size) {
    List<LedgerEntry> entries = new ArrayList<>();
    String ledgerHead = Chain.ZERO;
    String headA = Chain.ZERO;
    String headB = Chain.ZERO;
    int countA = 0;
    int countB = 0;
    CustodyStep[] steps = CustodyStep.values();
    for (int sequence = 1; sequence <= size; sequence++) {
      boolean a = sequence % 2 == 1;
      int caseSequence = a ? ++countA : ++countB;
      CustodyContent content =
          content(
              a ? CASE_A : CASE_B,
              caseSequence,
              sequence,
              steps[(caseSequence - 1) % steps.length]);
      ChainHashes hashes = ChainHashes.append(content, a ? headA : headB, ledgerHead);
      Optional<String> note =
          sequence % 2 == 0 ? Optional.of("note " + sequence) : Optional.empty();
      entries.add(new LedgerEntry(content, note, hashes));
      ledgerHead = hashes.ledgerChainHash();
      if (a) {
        headA = hashes.caseChainHash();
      } else {
        headB = hashes.caseChainHash();
      }
    }
    return entries;
  }

  static List<LedgerEntry> ofCase(List<LedgerEntry> ledger, UUID caseId) {
    return ledger.stream().filter(e -> e.content().caseId().equals(caseId)).toList();
  }
}
