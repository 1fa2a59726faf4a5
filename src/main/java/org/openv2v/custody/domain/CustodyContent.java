package org.openv2v.custody.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openv2v.shared.StoredTime;

/**
 * What a custody record says, and therefore what its content hash covers. The note is covered
 * through its SHA-256, so that an export may withhold a note from readers who must not see it and
 * still be verified.
 *
 * @param caseId the case
 * @param caseSequence the record's place in the case's chain, from 1
 * @param sequence the record's place in the whole ledger, from 1
 * @param eventId the client-chosen id that makes the write idempotent
 * @param step what happened to the cells
 * @param signer who signed, with the meaning of the signature
 * @param witness who witnessed, if the step was witnessed
 * @param siteId where it happened
 * @param units the scanned units, normalised (upper case, no spaces), in the order scanned
 * @param serverTime when the platform recorded the signature
 * @param deviceTime when the scanning device says it happened
 * @param condition the package as found
 * @param temperatureCelsius the temperature read at the handover, if one was
 * @param noteSha256 the SHA-256 of the note's UTF-8 bytes, if there is a note
 */
public record CustodyContent(
    UUID caseId,
    int caseSequence,
    long sequence,
    UUID eventId,
    CustodyStep step,
    Signatory signer,
    Optional<Signatory> witness,
    String siteId,
    List<String> units,
    Instant serverTime,
    Instant deviceTime,
    Condition condition,
    Optional<BigDecimal> temperatureCelsius,
    Optional<String> noteSha256) {

  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  public CustodyContent {
    Objects.requireNonNull(caseId);
    Objects.requireNonNull(eventId);
    Objects.requireNonNull(step);
    Objects.requireNonNull(signer);
    Objects.requireNonNull(siteId);
    Objects.requireNonNull(condition);
    units = List.copyOf(units);
    // The database keeps microseconds; the hash must cover what a later read returns.
    serverTime = StoredTime.of(serverTime);
    deviceTime = StoredTime.of(deviceTime);
    noteSha256.ifPresent(
        hash -> {
          if (!Sha256.isHash(hash)) {
            throw new IllegalArgumentException("noteSha256 must be a SHA-256 in hexadecimal");
          }
        });
  }

  /** The digest the content carries for a note. */
  public static Optional<String> noteDigest(Optional<String> note) {
    return note.map(Sha256::hex);
  }

  /** The content as a JSON object; its canonical text is what {@link #hash()} hashes. */
  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("caseId", caseId.toString());
    json.put("caseSequence", LedgerJson.Number.of(caseSequence));
    json.put("condition", condition.name());
    json.put("deviceTime", instant(deviceTime));
    json.put("eventId", eventId.toString());
    json.put("noteSha256", noteSha256.orElse(null));
    json.put("sequence", LedgerJson.Number.of(sequence));
    json.put("serverTime", instant(serverTime));
    json.put("signer", signer.toJson());
    json.put("siteId", siteId);
    json.put("step", step.name());
    json.put("temperatureCelsius", temperatureCelsius.map(LedgerJson.Number::of).orElse(null));
    json.put("units", List.copyOf(units));
    json.put("witness", witness.map(Signatory::toJson).orElse(null));
    return json;
  }

  /** The canonical text: UTF-8 JSON, keys sorted, no whitespace (docs/ledger.md). */
  public String canonical() {
    return LedgerJson.canonical(toJson());
  }

  /** The content hash: SHA-256 of the canonical text's UTF-8 bytes, in lowercase hexadecimal. */
  public String hash() {
    return Sha256.hex(canonical());
  }

  /** An instant as the canonical form writes it: UTC, always six fractional digits. */
  public static String instant(Instant instant) {
    return INSTANT.format(StoredTime.of(instant));
  }
}
