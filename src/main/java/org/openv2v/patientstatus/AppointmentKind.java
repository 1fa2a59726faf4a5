package org.openv2v.patientstatus;

/** Kinds of appointment a patient is told about, each shown in plain words. */
public enum AppointmentKind {
  CELL_COLLECTION,
  PREPARATORY_TREATMENT,
  INFUSION,
  CHECK_UP
}
