package org.openv2v.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openv2v.OpenV2VApplication;
import org.openv2v.custody.domain.Chain;
import org.openv2v.custody.domain.ChainHashes;
import org.openv2v.custody.domain.Condition;
import org.openv2v.custody.domain.CustodyContent;
import org.openv2v.custody.domain.CustodyStep;
import org.openv2v.custody.domain.LedgerEntry;
import org.openv2v.custody.domain.LedgerExport;
import org.openv2v.custody.domain.Signatory;

/** {@code java -jar openv2v.jar verify-ledger FILE}, through the application's main entry. */
class VerifyLedgerCommandTests {

  @TempDir Path folder;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void should_exit_0_and_say_valid_for_an_intact_export() throws Exception {
    Path file = write(export());
    assertThat(run("verify-ledger", file.toString())).hasValue(0);
    assertThat(out()).startsWith("VALID: 2 records, last case chain hash ");
  }

  @Test
  void should_exit_1_and_name_the_record_when_one_byte_is_changed() throws Exception {
    byte[] bytes = export().getBytes(StandardCharsets.UTF_8);
    String text = new String(bytes, StandardCharsets.UTF_8);
    int at = text.lastIndexOf("KR-SNUH") + 3; // the S of the second record's site
    bytes[at] = 'X';
    Path file = folder.resolve("tampered.json");
    Files.write(file, bytes);
    assertThat(run("verify-ledger", file.toString())).hasValue(1);
    assertThat(out().trim())
        .isEqualTo(
            "INVALID at record 2: content hash mismatch: the record differs from what was signed");
  }

  @Test
  void should_exit_2_for_a_file_that_cannot_be_read_or_a_usage_mistake() {
    assertThat(run("verify-ledger", folder.resolve("missing.json").toString())).hasValue(2);
    assertThat(err()).contains("Cannot read");
    assertThat(run("verify-ledger")).hasValue(2);
    assertThat(err()).contains("Usage: java -jar openv2v.jar verify-ledger FILE");
    assertThat(run("verify-ledger", "a", "b")).hasValue(2);
  }

  @Test
  void should_leave_other_arguments_to_the_server() {
    assertThat(run("--server.port=9090")).isEmpty();
    assertThat(run()).isEmpty();
  }

  private OptionalInt run(String... args) {
    return OpenV2VApplication.command(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private Path write(String text) throws Exception {
    Path file = folder.resolve("ledger.json");
    Files.writeString(file, text);
    return file;
  }

  private static String export() {
    UUID caseId = UUID.randomUUID();
    String caseHead = Chain.ZERO;
    String ledgerHead = Chain.ZERO;
    List<LedgerEntry> entries = new java.util.ArrayList<>();
    CustodyStep[] steps = {CustodyStep.RECEIVED_AT_SITE, CustodyStep.STORED};
    for (int i = 0; i < steps.length; i++) {
      CustodyContent content =
          new CustodyContent(
              caseId,
              i + 1,
              10 + i,
              UUID.randomUUID(),
              steps[i],
              new Signatory("nurse", "Demo Nurse", "NURSE", steps[i].meaning()),
              Optional.empty(),
              "KR-SNUH",
              List.of("=A99992600000101"),
              Instant.parse("2026-11-24T01:00:00Z").plusSeconds(i),
              Instant.parse("2026-11-24T01:00:00Z").plusSeconds(i),
              Condition.INTACT,
              Optional.empty(),
              Optional.empty());
      ChainHashes hashes = ChainHashes.append(content, caseHead, ledgerHead);
      entries.add(new LedgerEntry(content, Optional.empty(), hashes));
      caseHead = hashes.caseChainHash();
      ledgerHead = hashes.ledgerChainHash();
    }
    return LedgerExport.write(caseId, entries, e -> false);
  }
}
