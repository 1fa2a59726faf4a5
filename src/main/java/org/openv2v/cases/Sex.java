package org.openv2v.cases;

/** Administrative sex, with the codes of HL7 FHIR AdministrativeGender. */
public enum Sex {
  FEMALE,
  MALE,
  OTHER,
  UNKNOWN
}
