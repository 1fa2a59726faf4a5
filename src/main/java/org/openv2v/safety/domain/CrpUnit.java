package org.openv2v.safety.domain;

/** C-reactive protein units; CAR-HEMATOTOX cut-offs are in mg/dL (3.0 mg/dL = 30 mg/L). */
public enum CrpUnit {
  MG_DL,
  MG_L
}
