package org.openv2v.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Recomputing the whole ledger: both chains, every content hash, the head. */
class LedgerCheckTests {

  @Test
  void should_accept_a_whole_ledger_of_two_interleaved_cases() {
    List<LedgerEntry> ledger = Samples.ledger(9);
    LedgerVerdict verdict = check(ledger);
    assertThat(verdict.valid()).isTrue();
    assertThat(verdict.checked()).isEqualTo(9);
    assertThat(verdict.firstInvalid()).isEmpty();
  }

  @Test
  void should_link_each_record_to_its_case_and_to_the_ledger() {
    List<LedgerEntry> ledger = Samples.ledger(4);
    assertThat(ledger.get(0).hashes().previousInCase()).isEqualTo(Chain.ZERO);
    assertThat(ledger.get(1).hashes().previousInCase()).isEqualTo(Chain.ZERO);
    assertThat(ledger.get(2).hashes().previousInCase())
        .isEqualTo(ledger.get(0).hashes().caseChainHash());
    assertThat(ledger.get(3).hashes().previousInLedger())
        .isEqualTo(ledger.get(2).hashes().ledgerChainHash());
  }

  @Test
  void should_accept_an_empty_ledger() {
    assertThat(new LedgerCheck().finish(0, Chain.ZERO).valid()).isTrue();
  }

  @Test
  void should_find_an_altered_record_by_its_content_hash() {
    List<LedgerEntry> ledger = new ArrayList<>(Samples.ledger(6));
    LedgerEntry original = ledger.get(3);
    CustodyContent c = original.content();
    CustodyContent altered =
        new CustodyContent(
            c.caseId(),
            c.caseSequence(),
            c.sequence(),
            c.eventId(),
            c.step(),
            c.signer(),
            c.witness(),
            "KR-SMC",
            c.units(),
            c.serverTime(),
            c.deviceTime(),
            c.condition(),
            c.temperatureCelsius(),
            c.noteSha256());
    ledger.set(3, new LedgerEntry(altered, original.note(), original.hashes()));
    LedgerVerdict verdict = check(ledger);
    assertThat(verdict.valid()).isFalse();
    assertThat(verdict.checked()).isEqualTo(6);
    assertThat(verdict.firstInvalid().orElseThrow().sequence()).isEqualTo(4);
    assertThat(verdict.firstInvalid().orElseThrow().eventId()).isEqualTo(c.eventId());
    assertThat(verdict.firstInvalid().orElseThrow().reason()).contains("content hash mismatch");
  }

  @Test
  void should_find_a_record_whose_hashes_were_recomputed_after_a_change_by_the_next_link() {
    // Someone alters record 3 and recomputes its own hashes: record 4 no longer links to it... but
    // record 5 (same case as 3) does not either. The ledger chain breaks at 4.
    List<LedgerEntry> ledger = new ArrayList<>(Samples.ledger(6));
    LedgerEntry third = ledger.get(2);
    CustodyContent c = third.content();
    CustodyContent altered =
        new CustodyContent(
            c.caseId(),
            c.caseSequence(),
            c.sequence(),
            c.eventId(),
            c.step(),
            c.signer(),
            c.witness(),
            c.siteId(),
            List.of("=A99992600009901"),
            c.serverTime(),
            c.deviceTime(),
            c.condition(),
            c.temperatureCelsius(),
            c.noteSha256());
    ledger.set(
        2,
        new LedgerEntry(
            altered,
            third.note(),
            ChainHashes.append(
                altered, third.hashes().previousInCase(), third.hashes().previousInLedger())));
    LedgerVerdict verdict = check(ledger);
    assertThat(verdict.firstInvalid().orElseThrow().sequence()).isEqualTo(4);
    assertThat(verdict.firstInvalid().orElseThrow().reason()).contains("previous_in_ledger");
  }

  @Test
  void should_find_a_removed_record() {
    List<LedgerEntry> ledger = new ArrayList<>(Samples.ledger(6));
    ledger.remove(2);
    LedgerVerdict verdict = check(ledger);
    assertThat(verdict.valid()).isFalse();
    assertThat(verdict.firstInvalid().orElseThrow().sequence()).isEqualTo(4);
    assertThat(verdict.firstInvalid().orElseThrow().reason()).contains("missing or out of order");
  }

  @Test
  void should_find_records_swapped() {
    List<LedgerEntry> ledger = new ArrayList<>(Samples.ledger(6));
    LedgerEntry second = ledger.get(1);
    ledger.set(1, ledger.get(2));
    ledger.set(2, second);
    assertThat(check(ledger).firstInvalid().orElseThrow().sequence()).isEqualTo(3);
  }

  @Test
  void should_find_a_broken_case_link() {
    List<LedgerEntry> ledger = new ArrayList<>(Samples.ledger(4));
    LedgerEntry third = ledger.get(2);
    ChainHashes h = third.hashes();
    ChainHashes relinked =
        new ChainHashes(
            h.contentHash(),
            Chain.ZERO,
            Chain.link(Chain.ZERO, h.contentHash()),
            h.previousInLedger(),
            h.ledgerChainHash());
    ledger.set(2, new LedgerEntry(third.content(), third.note(), relinked));
    BrokenRecord broken = check(ledger).firstInvalid().orElseThrow();
    assertThat(broken.sequence()).isEqualTo(3);
    assertThat(broken.reason()).contains("previous_in_case");
  }

  @Test
  void should_find_records_removed_from_the_end_by_the_head() {
    List<LedgerEntry> ledger = Samples.ledger(5);
    LedgerCheck check = new LedgerCheck();
    ledger.subList(0, 4).forEach(check::add);
    LedgerVerdict verdict = check.finish(5, ledger.get(4).hashes().ledgerChainHash());
    assertThat(verdict.valid()).isFalse();
    assertThat(verdict.checked()).isEqualTo(4);
    assertThat(verdict.firstInvalid().orElseThrow().reason()).contains("ledger head records 5");
  }

  @Test
  void should_report_only_the_first_break_and_count_every_record() {
    List<LedgerEntry> ledger = new ArrayList<>(Samples.ledger(8));
    ledger.remove(6);
    ledger.remove(2);
    LedgerCheck check = new LedgerCheck();
    ledger.forEach(check::add);
    LedgerVerdict verdict = check.finish(8, Samples.ledger(8).get(7).hashes().ledgerChainHash());
    assertThat(verdict.checked()).isEqualTo(6);
    assertThat(verdict.firstInvalid().orElseThrow().sequence()).isEqualTo(4);
  }

  @Test
  void should_count_an_unreadable_row_as_broken() {
    List<LedgerEntry> ledger = Samples.ledger(3);
    LedgerCheck check = new LedgerCheck();
    check.add(ledger.get(0));
    LedgerEntry second = ledger.get(1);
    check.unreadable(
        new LedgerCheck.Unreadable(
            2,
            second.content().eventId(),
            second.content().caseId(),
            1,
            second.hashes().caseChainHash(),
            second.hashes().ledgerChainHash(),
            "condition FROZEN is not a condition"));
    check.add(ledger.get(2));
    LedgerVerdict verdict = check.finish(3, ledger.get(2).hashes().ledgerChainHash());
    assertThat(verdict.checked()).isEqualTo(3);
    assertThat(verdict.firstInvalid().orElseThrow().sequence()).isEqualTo(2);
    assertThat(verdict.firstInvalid().orElseThrow().reason()).contains("FROZEN");
  }

  @Test
  void should_cover_the_note_through_its_hash() {
    CustodyContent with = Samples.thawed();
    assertThat(with.noteSha256()).contains(Sha256.hex(Samples.NOTE));
    CustodyContent other =
        new CustodyContent(
            with.caseId(),
            with.caseSequence(),
            with.sequence(),
            with.eventId(),
            with.step(),
            with.signer(),
            with.witness(),
            with.siteId(),
            with.units(),
            with.serverTime(),
            with.deviceTime(),
            with.condition(),
            with.temperatureCelsius(),
            CustodyContent.noteDigest(Optional.of(Samples.NOTE + ".")));
    assertThat(other.hash()).isNotEqualTo(with.hash());
  }

  private static LedgerVerdict check(List<LedgerEntry> ledger) {
    LedgerCheck check = new LedgerCheck();
    ledger.forEach(check::add);
    // The head agrees with the last record given, as after a change that did not touch the head.
    long headSequence = ledger.stream().mapToLong(e -> e.content().sequence()).max().orElse(0);
    String headHash =
        ledger.stream()
            .filter(e -> e.content().sequence() == headSequence)
            .map(e -> e.hashes().ledgerChainHash())
            .findFirst()
            .orElse(Chain.ZERO);
    return check.finish(headSequence, headHash);
  }
}
