package org.openv2v.network;

/** Accreditations and licences a site holds. */
public enum Accreditation {
  FACT,
  JACIE,
  /** Korea's MFDS human cell management business licence (Advanced Regenerative Bio Act). */
  MFDS_HUMAN_CELL_LICENCE
}
