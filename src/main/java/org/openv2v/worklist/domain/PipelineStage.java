package org.openv2v.worklist.domain;

import java.util.Optional;
import org.openv2v.cases.domain.CaseState;

/**
 * The pipeline's columns: the journey's states grouped by phase, in journey order. Ended cases
 * (closed, withdrawn) have no column: they need nobody's attention.
 */
public enum PipelineStage {
  INTAKE,
  APHERESIS,
  MANUFACTURING,
  RETURN_AND_INFUSION,
  AFTER_INFUSION;

  public static Optional<PipelineStage> of(CaseState state) {
    return switch (state) {
      case REFERRED, ELIGIBILITY_CONFIRMED, PAYER_APPROVED -> Optional.of(INTAKE);
      case APHERESIS_SCHEDULED, APHERESIS_COLLECTED -> Optional.of(APHERESIS);
      case SHIPPED_TO_MANUFACTURER, IN_MANUFACTURING, RELEASED, MANUFACTURING_FAILED ->
          Optional.of(MANUFACTURING);
      case SHIPPED_TO_SITE, RECEIVED_AT_SITE, LYMPHODEPLETION, INFUSED ->
          Optional.of(RETURN_AND_INFUSION);
      case MONITORING, FOLLOW_UP -> Optional.of(AFTER_INFUSION);
      case CLOSED, WITHDRAWN -> Optional.empty();
    };
  }
}
