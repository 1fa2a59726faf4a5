package org.openv2v.safety.domain;

/** Body surface area formulas (clinical-rules §6.2). */
public enum BsaFormula {
  /** Mosteller: √(height cm × weight kg / 3600). */
  MOSTELLER,
  /** DuBois & DuBois: 0.007184 × weight^0.425 × height^0.725. */
  DUBOIS
}
