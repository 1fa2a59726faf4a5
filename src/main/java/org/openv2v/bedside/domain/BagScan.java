package org.openv2v.bedside.domain;

import java.util.Optional;

/**
 * A scanned bag, already read: its 13-character DIN and, for a product bag, its number (1-4). An
 * unreadable scan has no DIN.
 */
public record BagScan(Optional<String> din, Optional<Integer> productBag) {

  public static BagScan unreadable() {
    return new BagScan(Optional.empty(), Optional.empty());
  }
}
