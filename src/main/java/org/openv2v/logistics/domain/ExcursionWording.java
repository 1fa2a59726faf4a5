package org.openv2v.logistics.domain;

import java.math.BigDecimal;

/** A finding in words, for alerts and the custody record: identifiers and facts, no patient. */
public final class ExcursionWording {

  private ExcursionWording() {}

  public static String describe(Excursion e, ColdChainRule rule) {
    return switch (e.kind()) {
      case BRIEF_EXCURSION, SUSTAINED_EXCURSION ->
          (e.kind() == ExcursionKind.BRIEF_EXCURSION ? "Brief" : "Sustained")
              + " temperature excursion: outside "
              + rule.range()
              + (e.ongoing()
                  ? " since " + e.startedAt() + ", still at the last reading "
                  : " from " + e.startedAt() + " for ")
              + (e.ongoing() ? "(" + e.durationText() + ")" : e.durationText())
              + ", "
              + e.readings()
              + (e.readings() == 1 ? " reading" : " readings")
              + ", peak "
              + e.peakCelsius().map(BigDecimal::toPlainString).orElse("?")
              + " °C; tolerance "
              + rule.briefTolerance().toMinutes()
              + " min.";
      case DATA_GAP ->
          "Logger data gap: no reading from "
              + e.startedAt()
              + " to "
              + e.endedAt()
              + " ("
              + e.durationText()
              + "; at most "
              + rule.maxGap().toMinutes()
              + " min allowed): the temperature in between is unknown.";
      case HOLD_TIME_EXCEEDED ->
          "Dry shipper hold time exceeded: validated for "
              + rule.holdTime().map(h -> h.toHours() + " h").orElse("?")
              + ", expired at "
              + e.startedAt()
              + (e.ongoing() ? ", still travelling at the last reading " : ", delivered ")
              + e.endedAt()
              + " ("
              + e.durationText()
              + " over).";
    };
  }
}
