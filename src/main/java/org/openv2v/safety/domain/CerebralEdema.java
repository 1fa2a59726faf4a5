package org.openv2v.safety.domain;

/**
 * Elevated intracranial pressure or cerebral oedema, ASTCT ICANS domain. Intracranial haemorrhage
 * is excluded from ICANS grading (R-ICANS-4).
 */
public enum CerebralEdema {
  NONE(0),
  /** Focal or local oedema on neuroimaging: grade 3. */
  FOCAL(3),
  /**
   * Diffuse oedema on neuroimaging, decerebrate or decorticate posturing, cranial nerve VI palsy,
   * papilloedema or Cushing's triad: grade 4.
   */
  DIFFUSE_OR_POSTURING_OR_CN6_OR_PAPILLEDEMA_OR_CUSHING(4);

  final int grade;

  CerebralEdema(int grade) {
    this.grade = grade;
  }
}
