package org.openv2v.forecast.domain;

import java.util.Map;
import java.util.UUID;

/**
 * A case's forecast: the chance of reaching infusion, the infusion day's 10th, 50th and 90th
 * percentiles among the replications that reach it (days from now; NaN if none does), the chance of
 * each way of not reaching it, the main risk (the likeliest of them), and the median wait for a
 * slot (days; 0 when the case needs none).
 */
public record CaseForecast(
    UUID caseId,
    double probabilityInfused,
    double p10Day,
    double p50Day,
    double p90Day,
    Map<Risk, Double> losses,
    Risk mainRisk,
    double slotWaitP50Days) {}
