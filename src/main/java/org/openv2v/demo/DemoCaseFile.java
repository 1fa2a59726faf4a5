package org.openv2v.demo;

import java.util.List;
import org.openv2v.cases.Patient;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.cases.domain.WithdrawalReason;

/** The layout of {@code demo/cases.json}: fictional patients and how far each has come. */
record DemoCaseFile(int version, String note, List<DemoCase> cases) {

  /** One fictional case: the referral, and the state its journey has reached. */
  record DemoCase(
      Patient patient,
      String productCode,
      String indication,
      String treatmentCentreId,
      int referredDaysAgo,
      CaseState journeyTo,
      WithdrawalReason withdrawalReason,
      boolean manufacturingFails,
      boolean outOfSpecAccepted) {}
}
