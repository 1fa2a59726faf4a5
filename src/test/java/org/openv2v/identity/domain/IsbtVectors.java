package org.openv2v.identity.domain;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Published ISBT 128 DIN check vectors, copied with their sources from the project's reference
 * notes (clinical-rules §10.3 and platforms-and-standards §2.1.2, which read ICCBBA ST-001 v6.2.2,
 * the UK Red Book Annex 2 and open-source ISO/IEC 7064 test suites).
 */
final class IsbtVectors {

  private IsbtVectors() {}

  /**
   * DIN, weighted sum Σ v·2ⁿ (0 where the source gives none), checksum, K, Type 3 flags, source.
   */
  static Stream<Arguments> dins() {
    return Stream.of(
        row("G123417654321", 146178, 10, 'A', "70", "ST-001 App. A.1/A.2 worked example [P]"),
        row("A999921123456", 151920, 3, '3', "63", "ST-001 Figure 2 'A9999 21 123456 3' [P]"),
        row("A999818123456", 152048, 23, 'N', "83", "ST-001 §7.5.1.1 'A9998 18 123456 N' [P]"),
        row("G123489654321", 148226, 34, 'Y', "94", "go-iso7064, node-iso7064, python-stdnum [S]"),
        row("A999915000001", 151938, 22, 'M', "82", "go-iso7064, node-iso7064; ST-001 Fig. 23"),
        row("G151723600001", 151298, 33, 'X', "93", "clinical-rules §10.3, computed"),
        row("A999924000004", 152072, 36, '*', "96", "clinical-rules §10.3, asterisk case"),
        row("A999924000078", 152108, 0, '0', "60", "clinical-rules §10.3, zero case"),
        row("W000000000000", 262144, 2, '2', "62", "clinical-rules §10.3, computed"),
        row("G123498654321", 148354, 17, 'H', "77", "UK Red Book Annex 2 worked example"),
        row("W000009123456", 0, 16, 'G', "76", "ST-001 §7.4.1 'W0000 09 123456 02 G'"),
        row("A999820123456", 0, 14, 'E', "74", "ST-001 Fig. 20 'A9998 20 123456 E'"),
        row("A999917123456", 0, 9, '9', "69", "ST-001 Fig. 19/C 'A9999 17 123456 9'"),
        row("A999917123654", 0, 34, 'Y', "94", "ST-001 label 4 'A9999 17 123654 Y'"),
        row("A999917345628", 0, 36, '*', "96", "ST-001 Data Matrix example"),
        row("A999917345658", 0, 24, 'O', "84", "ST-001 Data Matrix example (letter O)"),
        row("A999918000001", 0, 8, '8', "68", "ST-001 Fig. 23 human milk"));
  }

  private static Arguments row(
      String din, long sum, int checksum, char k, String type3, String source) {
    return Arguments.of(din, sum, checksum, k, type3, source);
  }

  /**
   * The weighted method of ST-001 A.1, written apart from the production code's recursive one: each
   * value times 2ⁿ, n counted from the right starting at 1; S mod 37; (38 − r) mod 37.
   */
  static long weightedSum(String data) {
    long sum = 0;
    for (int i = 0; i < data.length(); i++) {
      int n = data.length() - i;
      sum += (long) Mod37Radix2.ALPHABET.indexOf(data.charAt(i)) << n;
    }
    return sum;
  }

  static int weightedChecksum(String data) {
    return (int) ((38 - weightedSum(data) % 37) % 37);
  }
}
