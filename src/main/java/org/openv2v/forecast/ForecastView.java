package org.openv2v.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.forecast.domain.Risk;

/**
 * A case's stored forecast as one reader may see it: the infusion date's 10th, 50th and 90th
 * percentiles in the network's zone (absent when no replication reaches infusion), the probability
 * of reaching infusion, the chance of each way of not reaching it, the main risk, the median wait
 * for a slot, when it was computed and by which model version. {@code reference} is absent for
 * those who see the product only (manufacturers, couriers): they know the case by its DIN.
 */
public record ForecastView(
    UUID caseId,
    Optional<String> reference,
    Optional<String> din,
    CaseState state,
    String productCode,
    double probabilityInfused,
    Optional<LocalDate> p10,
    Optional<LocalDate> p50,
    Optional<LocalDate> p90,
    Risk mainRisk,
    Map<Risk, Double> losses,
    double slotWaitDays,
    Instant computedAt,
    String modelVersion,
    long seed,
    int replications) {

  /** The same forecast for a reader who knows the case by its DIN only. */
  public ForecastView withoutReference() {
    return new ForecastView(
        caseId,
        Optional.empty(),
        din,
        state,
        productCode,
        probabilityInfused,
        p10,
        p50,
        p90,
        mainRisk,
        losses,
        slotWaitDays,
        computedAt,
        modelVersion,
        seed,
        replications);
  }
}
