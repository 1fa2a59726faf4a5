package org.openv2v.custody.domain;

/**
 * How records link: a chain hash is the SHA-256 of the previous chain hash followed by this
 * record's content hash, both as 64 lowercase hexadecimal characters (128 ASCII bytes in all). The
 * first record of a chain links to 64 zeros.
 */
public final class Chain {

  /** What the first record of a chain links to. */
  public static final String ZERO = "0".repeat(64);

  private Chain() {}

  public static String link(String previousChainHash, String contentHash) {
    return Sha256.hex(previousChainHash + contentHash);
  }
}
