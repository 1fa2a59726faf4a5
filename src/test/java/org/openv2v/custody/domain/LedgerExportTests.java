package org.openv2v.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A case's exported chain, checked with no database. */
class LedgerExportTests {

  private final List<LedgerEntry> caseA = Samples.ofCase(Samples.ledger(7), Samples.CASE_A);
  private final List<LedgerEntry> caseB = Samples.ofCase(Samples.ledger(7), Samples.CASE_B);

  @Test
  void should_accept_an_export_as_written() {
    String export = LedgerExport.write(Samples.CASE_A, caseA, entry -> false);
    LedgerExport.Verdict verdict = LedgerExport.verify(export);
    assertThat(verdict.valid()).as(verdict.line()).isTrue();
    assertThat(verdict.records()).isEqualTo(4);
    assertThat(verdict.lastCaseChainHash()).isEqualTo(caseA.get(3).hashes().caseChainHash());
    assertThat(verdict.line())
        .isEqualTo("VALID: 4 records, last case chain hash " + verdict.lastCaseChainHash());
    assertThat(LedgerExport.verify(export + "\n").valid()).isTrue();
  }

  @Test
  void should_accept_an_empty_chain() {
    LedgerExport.Verdict verdict =
        LedgerExport.verify(LedgerExport.write(Samples.CASE_A, List.of(), e -> false));
    assertThat(verdict.valid()).isTrue();
    assertThat(verdict.line()).startsWith("VALID: 0 records");
  }

  @Test
  void should_write_the_canonical_form_with_the_hashes() {
    String export = LedgerExport.write(Samples.CASE_B, caseB, entry -> false);
    assertThat(export)
        .startsWith("{\"caseId\":\"" + Samples.CASE_B + "\",\"format\":\"" + LedgerExport.FORMAT)
        .contains("\"contentHash\":\"" + caseB.get(0).hashes().contentHash() + "\"")
        .contains("\"note\":\"note 2\"")
        .doesNotContain(" \"")
        .doesNotContain("\n");
  }

  @Test
  void should_still_verify_with_notes_withheld() {
    String export = LedgerExport.write(Samples.CASE_B, caseB, entry -> true);
    assertThat(export).doesNotContain("note 2").contains("\"noteWithheld\":true");
    assertThat(LedgerExport.verify(export).valid()).isTrue();
  }

  @Test
  void should_fail_on_every_single_byte_changed() {
    byte[] export =
        LedgerExport.write(Samples.CASE_B, caseB, entry -> false).getBytes(StandardCharsets.UTF_8);
    List<String> accepted = new ArrayList<>();
    for (int i = 0; i < export.length; i++) {
      for (byte replacement : replacements(export[i])) {
        byte[] changed = export.clone();
        changed[i] = replacement;
        if (LedgerExport.verify(changed).valid()) {
          accepted.add(i + ": " + (char) export[i] + " -> " + (char) replacement);
        }
      }
    }
    assertThat(accepted).as("changes the verifier accepted").isEmpty();
  }

  @Test
  void should_name_the_record_whose_content_was_changed() {
    String export = LedgerExport.write(Samples.CASE_A, caseA, entry -> false);
    int third = nthIndexOf(export, "\"condition\":\"INTACT\"", 3);
    String changed =
        export.substring(0, third) + "\"condition\":\"DAMAGE\"" + export.substring(third + 20);
    LedgerExport.Verdict verdict = LedgerExport.verify(changed);
    assertThat(verdict.valid()).isFalse();
    assertThat(verdict.line())
        .isEqualTo(
            "INVALID at record 3: content hash mismatch: the record"
                + " differs from what was signed");
  }

  @Test
  void should_fail_when_a_record_is_removed() {
    List<LedgerEntry> gap = new ArrayList<>(caseA);
    gap.remove(1);
    LedgerExport.Verdict verdict =
        LedgerExport.verify(LedgerExport.write(Samples.CASE_A, gap, e -> false));
    assertThat(verdict.line()).startsWith("INVALID at record 2: case sequence is not 2");
  }

  @Test
  void should_fail_when_records_of_another_case_are_mixed_in() {
    List<LedgerEntry> mixed = new ArrayList<>(caseA);
    mixed.add(caseB.get(0));
    assertThat(LedgerExport.verify(LedgerExport.write(Samples.CASE_A, mixed, e -> false)).line())
        .startsWith("INVALID at record 5: the record belongs to another case");
  }

  @Test
  void should_fail_when_the_note_is_replaced() {
    String export = LedgerExport.write(Samples.CASE_B, caseB, entry -> false);
    String changed = export.replace("\"note\":\"note 2\"", "\"note\":\"note 3\"");
    assertThat(LedgerExport.verify(changed).line())
        .isEqualTo(
            "INVALID at record 1: the note does not match the note hash the content carries");
  }

  @Test
  void should_fail_when_reformatted_even_if_every_value_holds() {
    String export = LedgerExport.write(Samples.CASE_A, caseA, entry -> false);
    String pretty = export.replace(",\"records\":", ", \"records\":");
    LedgerExport.Verdict verdict = LedgerExport.verify(pretty);
    assertThat(verdict.valid()).isFalse();
    assertThat(verdict.reason()).contains("canonical form");
  }

  @Test
  void should_fail_on_text_that_is_not_an_export() {
    assertThat(LedgerExport.verify("{\"hello\":1}").line()).startsWith("INVALID: the document has");
    assertThat(LedgerExport.verify("not json").line()).startsWith("INVALID: not a ledger export");
    assertThat(LedgerExport.verify(new byte[] {'{', (byte) 0xff, '}'}).line())
        .isEqualTo("INVALID: the file is not UTF-8 text");
  }

  @Test
  void should_check_the_ledger_link_of_each_record_on_its_own() {
    List<LedgerEntry> relinked = new ArrayList<>(caseA);
    LedgerEntry first = relinked.get(0);
    ChainHashes h = first.hashes();
    relinked.set(
        0,
        new LedgerEntry(
            first.content(),
            first.note(),
            new ChainHashes(
                h.contentHash(),
                h.previousInCase(),
                h.caseChainHash(),
                Sha256.hex("elsewhere"),
                h.ledgerChainHash())));
    assertThat(LedgerExport.verify(LedgerExport.write(Samples.CASE_A, relinked, e -> false)).line())
        .isEqualTo("INVALID at record 1: ledger chain hash mismatch");
  }

  @Test
  void should_hash_notes_in_exports_exactly_as_the_content_does() {
    LedgerEntry withNote = caseB.get(0);
    assertThat(withNote.note()).contains("note 2");
    assertThat(withNote.content().noteSha256())
        .isEqualTo(CustodyContent.noteDigest(Optional.of("note 2")));
  }

  /** Two different bytes to put in place of one: a letter, a digit or a quote, never the same. */
  private static byte[] replacements(byte original) {
    byte[] candidates = {'a', '0', '"'};
    byte[] out = new byte[2];
    int n = 0;
    for (byte c : candidates) {
      if (c != original && n < 2) {
        out[n++] = c;
      }
    }
    return out;
  }

  private static int nthIndexOf(String text, String part, int n) {
    int at = -1;
    for (int i = 0; i < n; i++) {
      at = text.indexOf(part, at + 1);
    }
    return at;
  }
}
