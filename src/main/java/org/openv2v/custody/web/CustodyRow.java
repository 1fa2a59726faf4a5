package org.openv2v.custody.web;

import java.util.List;
import java.util.Optional;
import org.openv2v.custody.CustodyRecord;
import org.openv2v.custody.domain.Condition;
import org.openv2v.custody.domain.CustodyStep;
import org.openv2v.identity.domain.DinCheck;
import org.openv2v.identity.domain.DinReading;

/**
 * One record of the ledger as the panel shows it: the step, each signature with printed name, role
 * and meaning, when and where, what was scanned and how it was found. {@code note} is empty when
 * there is none, and {@code noteWithheld} when the reader may not see notes written there.
 */
record CustodyRow(
    int caseSequence,
    String step,
    boolean excursion,
    String signerName,
    String signerRole,
    Optional<String> witnessName,
    Optional<String> witnessRole,
    String serverTime,
    String serverTimeIso,
    String deviceTime,
    String site,
    String siteId,
    List<String> units,
    String condition,
    boolean conditionIntact,
    Optional<String> temperature,
    Optional<String> note,
    boolean noteWithheld,
    String chainHash) {

  static CustodyRow of(
      CustodyRecord record, CustodyWords words, boolean withholdNote, String siteName) {
    return new CustodyRow(
        record.caseSequence(),
        record.step().name(),
        record.step() == CustodyStep.EXCURSION_OBSERVED,
        record.signature().printedName(),
        record.signature().role(),
        record.witness().map(w -> w.printedName()),
        record.witness().map(w -> w.role()),
        words.dateTime(record.serverTime()),
        record.serverTime().toString(),
        words.dateTime(record.deviceTime()),
        siteName,
        record.siteId(),
        record.units().stream().map(CustodyRow::eyeReadable).toList(),
        record.condition().name(),
        record.condition() == Condition.INTACT,
        record.temperatureCelsius().map(t -> t.stripTrailingZeros().toPlainString() + " °C"),
        withholdNote ? Optional.empty() : record.note(),
        withholdNote && record.note().isPresent(),
        record.hashes().caseChainHash().substring(0, 12));
  }

  /**
   * A scanned unit as labels print it beside the barcode, DIN apart from its flags ({@code A9999 26
   * 000001 01}), not the barcode data run together ({@code =A99992600000101}).
   */
  static String eyeReadable(String unit) {
    DinCheck check = DinReading.read(unit);
    return check
        .din()
        .map(din -> din.eyeReadable() + check.flags().map(flags -> " " + flags).orElse(""))
        .orElse(unit);
  }
}
