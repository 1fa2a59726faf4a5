package org.openv2v.forecast;

import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.patientstatus.ExpectedInfusion;
import org.springframework.stereotype.Component;

/**
 * The patient's status page's "expected between … and …": the forecast's 10th to 90th percentile of
 * the infusion date. No identity is involved; the status link decides who sees it.
 */
@Component
@RequiredArgsConstructor
class ForecastWindow implements ExpectedInfusion {

  private final Forecasts forecasts;

  @Override
  public Optional<Window> expected(UUID caseId) {
    return forecasts
        .ofCase(caseId)
        .filter(f -> f.p10().isPresent() && f.p90().isPresent())
        .map(f -> new Window(f.p10().get(), f.p90().get()));
  }
}
