package org.openv2v.fhir.registry;

/**
 * The registry forms a CAR-T case feeds. CIBMTR cellular-therapy forms per the CIBMTR Forms
 * Instruction Manual (cibmtr.org/manuals/fim/1/en/topic/cellular-therapy; 4000, 4003, 4006, 4100);
 * EBMT's cellular therapy day-100 and follow-up data (ebmt.org registry guidance: CRS and ICANS
 * onset, resolution and highest ASTCT grade); and Korea's MFDS long-term follow-up and HIRA outcome
 * reports (field lists and sources in registry/korean-reports.csv).
 */
public enum RegistryForm {
  CIBMTR_4000("CIBMTR 4000 Pre-Cellular Therapy Essential Data"),
  CIBMTR_4003("CIBMTR 4003 Cellular Therapy Product"),
  CIBMTR_4006("CIBMTR 4006 Cellular Therapy Infusion"),
  CIBMTR_4100("CIBMTR 4100 Cellular Therapy Essential Data Follow-Up"),
  EBMT_CT_DAY_100("EBMT Cellular Therapy Day 100"),
  EBMT_CT_FOLLOW_UP("EBMT Cellular Therapy Follow-Up"),
  /** Yearly to 15 years (Advanced Regenerative Bio Act Art. 30); see {@link KoreanReports}. */
  MFDS_LTFU("식약처 첨단바이오의약품 장기추적조사 보고"),
  /** 6 and 12 months after infusion, lymphoma (HIRA performance-based risk sharing). */
  HIRA_OUTCOME("심평원 CAR-T 치료 성과(6·12개월) 보고");

  private final String title;

  RegistryForm(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  /** The form's name in URLs and file names: {@code cibmtr-4000}. */
  public String slug() {
    return name().toLowerCase().replace('_', '-');
  }
}
