package org.openv2v.safety.domain;

/** Lymphodepleting agents. */
public enum Drug {
  FLUDARABINE,
  CYCLOPHOSPHAMIDE
}
