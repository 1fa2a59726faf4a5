package org.openv2v.custody.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A case's custody chain as a self-contained JSON document, and the check of such a document with
 * no database (docs/ledger.md). The document is written in the canonical form, so any change to its
 * bytes either changes a hashed value, breaks a link, or leaves the canonical form; all three are
 * reported. A valid export proves the chain is whole and unaltered since its hashes were made;
 * compare its last case chain hash with one obtained independently to anchor it.
 */
public final class LedgerExport {

  public static final String FORMAT = "openv2v-custody-ledger/1";

  private static final Set<String> DOCUMENT_KEYS = Set.of("caseId", "format", "records");
  private static final Set<String> RECORD_KEYS =
      Set.of(
          "caseChainHash",
          "content",
          "contentHash",
          "ledgerChainHash",
          "note",
          "noteWithheld",
          "previousInCase",
          "previousInLedger");

  private LedgerExport() {}

  /**
   * The export of one case's records, in case order. Notes for which {@code withholdNote} holds are
   * left out (the content still commits to them through their hash).
   */
  public static String write(
      UUID caseId, List<LedgerEntry> entries, Predicate<LedgerEntry> withholdNote) {
    List<Object> records = new ArrayList<>();
    for (LedgerEntry entry : entries) {
      boolean withheld = entry.note().isPresent() && withholdNote.test(entry);
      ChainHashes hashes = entry.hashes();
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("caseChainHash", hashes.caseChainHash());
      record.put("content", entry.content().toJson());
      record.put("contentHash", hashes.contentHash());
      record.put("ledgerChainHash", hashes.ledgerChainHash());
      record.put("note", withheld ? null : entry.note().orElse(null));
      record.put("noteWithheld", withheld);
      record.put("previousInCase", hashes.previousInCase());
      record.put("previousInLedger", hashes.previousInLedger());
      records.add(record);
    }
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("caseId", caseId.toString());
    document.put("format", FORMAT);
    document.put("records", records);
    return LedgerJson.canonical(document);
  }

  /**
   * The outcome of checking an export.
   *
   * @param valid whether the export holds
   * @param records how many records it has
   * @param failedRecord the number (from 1) of the first record that does not hold, if one does not
   * @param reason why it does not hold, or empty
   * @param lastCaseChainHash the case chain hash of its last record, 64 zeros if it has none
   */
  public record Verdict(
      boolean valid,
      int records,
      Optional<Integer> failedRecord,
      String reason,
      String lastCaseChainHash) {

    /** One line for people: "VALID: 12 records, ..." or "INVALID at record 5: ...". */
    public String line() {
      if (valid) {
        return "VALID: "
            + records
            + (records == 1 ? " record" : " records")
            + ", last case chain hash "
            + lastCaseChainHash;
      }
      return failedRecord.map(n -> "INVALID at record " + n + ": ").orElse("INVALID: ") + reason;
    }
  }

  private static final class Invalid extends RuntimeException {
    final Integer record;

    Invalid(Integer record, String reason) {
      super(reason, null, false, false);
      this.record = record;
    }
  }

  /** Checks an export as read from a file. */
  public static Verdict verify(byte[] bytes) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      return new Verdict(false, 0, Optional.empty(), "the file is not UTF-8 text", Chain.ZERO);
    }
    return verify(text);
  }

  /** Checks an export. */
  public static Verdict verify(String text) {
    Object document;
    try {
      document = LedgerJson.read(text);
    } catch (LedgerJson.Malformed e) {
      return new Verdict(
          false, 0, Optional.empty(), "not a ledger export: " + e.getMessage(), Chain.ZERO);
    }
    int count = 0;
    String caseChain = Chain.ZERO;
    try {
      Map<String, Object> top = object(document, null, "the document");
      keys(top, DOCUMENT_KEYS, null, "the document");
      if (!FORMAT.equals(top.get("format"))) {
        throw new Invalid(null, "format is not " + FORMAT);
      }
      String caseId = uuid(top.get("caseId"), null, "caseId");
      if (!(top.get("records") instanceof List<?> records)) {
        throw new Invalid(null, "records is not a list");
      }
      count = records.size();
      long lastSequence = 0;
      for (int i = 0; i < records.size(); i++) {
        int number = i + 1;
        Map<String, Object> record = object(records.get(i), number, "the record");
        keys(record, RECORD_KEYS, number, "the record");
        Map<String, Object> content = object(record.get("content"), number, "content");
        String contentHash = hash(record, "contentHash", number);
        String recomputed;
        try {
          recomputed = Sha256.hex(LedgerJson.canonical(content));
        } catch (IllegalArgumentException e) {
          throw new Invalid(number, "content cannot be put in canonical form: " + e.getMessage());
        }
        if (!recomputed.equals(contentHash)) {
          throw new Invalid(
              number, "content hash mismatch: the record differs from what was signed");
        }
        if (!caseId.equals(content.get("caseId"))) {
          throw new Invalid(number, "the record belongs to another case");
        }
        if (integer(content.get("caseSequence")) != number) {
          throw new Invalid(
              number, "case sequence is not " + number + ": records are missing or out of order");
        }
        long sequence = integer(content.get("sequence"));
        if (sequence <= lastSequence) {
          throw new Invalid(
              number, "ledger sequence " + sequence + " does not follow " + lastSequence);
        }
        lastSequence = sequence;
        note(record, content, number);
        String previousInCase = hash(record, "previousInCase", number);
        if (!previousInCase.equals(caseChain)) {
          throw new Invalid(
              number,
              number == 1
                  ? "the first record's previousInCase is not 64 zeros"
                  : "previousInCase does not match the case chain hash of record " + i);
        }
        caseChain = hash(record, "caseChainHash", number);
        if (!Chain.link(previousInCase, contentHash).equals(caseChain)) {
          throw new Invalid(number, "case chain hash mismatch");
        }
        String previousInLedger = hash(record, "previousInLedger", number);
        if (!Chain.link(previousInLedger, contentHash)
            .equals(hash(record, "ledgerChainHash", number))) {
          throw new Invalid(number, "ledger chain hash mismatch");
        }
      }
    } catch (Invalid e) {
      return new Verdict(false, count, Optional.ofNullable(e.record), e.getMessage(), caseChain);
    }
    String expected = LedgerJson.canonical(document);
    if (!text.equals(expected) && !text.equals(expected + "\n")) {
      return new Verdict(
          false,
          count,
          Optional.empty(),
          "the file is not in the canonical form it is exported in (first difference at character "
              + firstDifference(text, expected)
              + ")",
          caseChain);
    }
    return new Verdict(true, count, Optional.empty(), "", caseChain);
  }

  private static void note(Map<String, Object> record, Map<String, Object> content, int number) {
    if (!(record.get("noteWithheld") instanceof Boolean withheld)) {
      throw new Invalid(number, "noteWithheld is not true or false");
    }
    Object digest = content.get("noteSha256");
    Object note = record.get("note");
    if (note instanceof String text) {
      if (withheld || !Sha256.hex(text).equals(digest)) {
        throw new Invalid(number, "the note does not match the note hash the content carries");
      }
    } else if (note != null) {
      throw new Invalid(number, "note is not text");
    } else if (withheld ? !Sha256.isHash(digest) : digest != null) {
      throw new Invalid(number, "the note is missing but the content carries a note hash");
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value, Integer record, String what) {
    if (!(value instanceof Map<?, ?> map)) {
      throw new Invalid(record, what + " is not a JSON object");
    }
    return (Map<String, Object>) map;
  }

  private static void keys(
      Map<String, Object> map, Set<String> expected, Integer record, String what) {
    if (!map.keySet().equals(expected)) {
      throw new Invalid(record, what + " has fields " + map.keySet() + ", expected " + expected);
    }
  }

  private static String hash(Map<String, Object> record, String key, int number) {
    Object value = record.get(key);
    if (!Sha256.isHash(value)) {
      throw new Invalid(number, key + " is not a SHA-256 in lowercase hexadecimal");
    }
    return (String) value;
  }

  private static String uuid(Object value, Integer record, String what) {
    if (value instanceof String text) {
      try {
        if (UUID.fromString(text).toString().equals(text)) {
          return text;
        }
      } catch (IllegalArgumentException e) {
        // reported below
      }
    }
    throw new Invalid(record, what + " is not a UUID in lowercase");
  }

  private static long integer(Object value) {
    OptionalLong number = value instanceof LedgerJson.Number n ? n.asLong() : OptionalLong.empty();
    return number.orElse(Long.MIN_VALUE);
  }

  private static int firstDifference(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return i;
      }
    }
    return n;
  }
}
