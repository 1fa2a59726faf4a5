package org.openv2v.scheduling.domain;

/**
 * How fast the disease is moving while the patient waits: the clinical basis of a waitlist
 * priority. Centres that had to ration BCMA CAR-T slots ranked "maximise benefit" first and saw
 * most waiting patients progress (Kourelis et al., TCT 2023: median 6 months waiting; UAMS/MCW: 69%
 * relapsed before apheresis; evidence §2.3). The weight of each tempo is configurable ({@code
 * openv2v.scheduling.priority-weights}).
 */
public enum DiseaseTempo {
  /** Progressing now or proliferative disease (e.g. B-ALL, high LDH, bridging failing). */
  RAPID,
  /** Relapsed disease controlled for now by bridging therapy. */
  INTERMEDIATE,
  /** Indolent or stable disease (e.g. follicular lymphoma in stable partial response). */
  INDOLENT
}
