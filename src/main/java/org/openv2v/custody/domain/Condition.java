package org.openv2v.custody.domain;

/**
 * The state of the package or bag as the signer found it at the handover (ISO 21973 chain of
 * custody; platforms-and-standards §2.8). It is recorded, never a reason to refuse the record: a
 * damaged package was still handed over, and the ledger must say so.
 */
public enum Condition {
  INTACT,
  DAMAGED,
  SEAL_BROKEN,
  TEMPERATURE_EXCURSION,
  LABEL_ILLEGIBLE
}
