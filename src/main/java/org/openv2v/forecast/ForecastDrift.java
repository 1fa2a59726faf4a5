package org.openv2v.forecast;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.openv2v.alerts.AlertKind;
import org.openv2v.alerts.AlertWording;
import org.openv2v.alerts.Alerts;
import org.openv2v.alerts.NewAlert;
import org.openv2v.alerts.Severity;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.forecast.internal.ForecastRows;
import org.springframework.stereotype.Component;

/**
 * Forecast drift: when a refresh moves a case's most likely infusion date (p50) later by more than
 * the configured days, the treatment centre (its coordinator) is alerted, with why: a failed
 * manufacture, another step, a longer wait for a slot, or the queue ahead (bookings, slots, lanes,
 * manufacturing time). The alert names the case by reference and DIN, never the patient.
 */
@Component
@RequiredArgsConstructor
class ForecastDrift {

  /** Why the date moved, as the alert says it (words under {@code forecast.drift.reason.}). */
  enum Reason {
    MANUFACTURING_FAILED,
    STEP_CHANGED,
    SLOT_WAIT,
    QUEUE_CHANGED
  }

  private final Alerts alerts;

  void check(ForecastRows.Stored before, ForecastRows.Stored after, int driftDays) {
    if (before == null || before.forecast().p50().isEmpty() || after.forecast().p50().isEmpty()) {
      return;
    }
    long later =
        ChronoUnit.DAYS.between(before.forecast().p50().get(), after.forecast().p50().get());
    if (later <= driftDays) {
      return;
    }
    Reason why = reason(before, after);
    String message =
        "Case "
            + after.reference()
            + after.forecast().din().map(d -> ", DIN " + d).orElse("")
            + ": the forecast infusion date moved "
            + later
            + " days later, from "
            + before.forecast().p50().get()
            + " to "
            + after.forecast().p50().get()
            + " ("
            + why.name().toLowerCase().replace('_', ' ')
            + ").";
    alerts.raise(
        new NewAlert(
                AlertKind.FORECAST_DRIFT,
                Severity.WARNING,
                Optional.of(after.caseId()),
                Set.of(after.treatmentCentreId()),
                message,
                "forecast:drift:" + after.caseId() + ":" + after.forecast().p50().get())
            .worded(
                "forecast.alert.drift",
                "case:",
                "number:" + later,
                AlertWording.date(before.forecast().p50().get()),
                AlertWording.date(after.forecast().p50().get()),
                AlertWording.code("forecast.drift.reason.", why)));
  }

  static Reason reason(ForecastRows.Stored storedBefore, ForecastRows.Stored storedAfter) {
    ForecastView before = storedBefore.forecast();
    ForecastView after = storedAfter.forecast();
    if (after.state() == CaseState.MANUFACTURING_FAILED
        && before.state() != CaseState.MANUFACTURING_FAILED) {
      return Reason.MANUFACTURING_FAILED;
    }
    if (after.state() != before.state()) {
      return Reason.STEP_CHANGED;
    }
    if (after.slotWaitDays() > before.slotWaitDays() + 3) {
      return Reason.SLOT_WAIT;
    }
    return Reason.QUEUE_CHANGED;
  }
}
