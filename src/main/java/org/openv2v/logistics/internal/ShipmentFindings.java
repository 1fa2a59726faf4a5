package org.openv2v.logistics.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.alerts.Alert;
import org.openv2v.alerts.AlertKind;
import org.openv2v.alerts.AlertWording;
import org.openv2v.alerts.Alerts;
import org.openv2v.alerts.NewAlert;
import org.openv2v.alerts.Severity;
import org.openv2v.cases.CaseView;
import org.openv2v.custody.Custody;
import org.openv2v.custody.CustodyRecord;
import org.openv2v.custody.ObservedExcursion;
import org.openv2v.identity.domain.Din;
import org.openv2v.logistics.domain.ColdChainRule;
import org.openv2v.logistics.domain.Excursion;
import org.openv2v.logistics.domain.ExcursionDetector;
import org.openv2v.logistics.domain.ExcursionKind;
import org.openv2v.logistics.domain.ExcursionWording;
import org.openv2v.logistics.domain.LoggerReading;
import org.openv2v.logistics.domain.ShipmentBrackets;
import org.openv2v.logistics.internal.ExcursionRows.StoredExcursion;
import org.openv2v.logistics.internal.ShipmentRows.StoredShipment;
import org.openv2v.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Judges all of a shipment's readings and acts on what they show: every finding raises an alert to
 * the receiving site (quality sees every alert), and a temperature finding is recorded on the
 * case's chain of custody. Both are keyed by the finding, so judging again raises nothing new.
 */
@Component
@RequiredArgsConstructor
public class ShipmentFindings {

  private static final Logger log = LoggerFactory.getLogger(ShipmentFindings.class);

  private final ShipmentSummaries summaries;
  private final Alerts alerts;
  private final Custody custody;
  private final ExcursionRows excursions;

  /** Runs inside the upload's transaction: the findings, alerts and records commit with it. */
  public void judge(StoredShipment s, CaseView view, List<LoggerReading> all, Actor uploader) {
    ColdChainRule rule = summaries.rule(s, view);
    ShipmentBrackets.Bracket bracket = summaries.bracket(s, view);
    Optional<Instant> holdStart =
        s.chargedAt().or(() -> bracket.handedOver().map(CustodyRecord::deviceTime));
    Optional<Instant> deliveredAt = bracket.received().map(CustodyRecord::deviceTime);
    List<Excursion> found = ExcursionDetector.detect(all, rule, holdStart, deliveredAt);
    List<StoredExcursion> stored = new ArrayList<>();
    for (Excursion e : found) {
      String message = message(s, view, e, rule);
      String key = "logistics:" + s.id() + ":" + e.kind() + ":" + e.startedAt();
      Alert alert =
          alerts.raise(alert(s, e, message, key).worded(wordingKey(e), words(s, view, e, rule)));
      Optional<UUID> recorded =
          e.kind().isTemperature()
              ? Optional.of(observe(s, e, message, key, uploader).eventId())
              : Optional.empty();
      stored.add(new StoredExcursion(e, Optional.of(alert.id()), recorded));
    }
    excursions.replace(s.id(), stored);
    if (!found.isEmpty()) {
      log.warn(
          "Shipment {} on case {}: {}",
          s.id(),
          s.caseId(),
          found.stream().map(e -> e.kind() + "@" + e.startedAt()).toList());
    }
  }

  private static NewAlert alert(StoredShipment s, Excursion e, String message, String key) {
    return new NewAlert(
        e.kind() == ExcursionKind.DATA_GAP
            ? AlertKind.LOGGER_DATA_GAP
            : AlertKind.TEMPERATURE_EXCURSION,
        e.kind().grade() == ExcursionKind.Grade.CRITICAL ? Severity.CRITICAL : Severity.WARNING,
        Optional.of(s.caseId()),
        Set.of(s.toSiteId()),
        message,
        key);
  }

  private CustodyRecord observe(
      StoredShipment s, Excursion e, String message, String key, Actor uploader) {
    return custody.observe(
        new ObservedExcursion(
            UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)),
            s.caseId(),
            s.toSiteId(),
            e.startedAt(),
            e.peakCelsius(),
            message.length() > 2000 ? message.substring(0, 1999) + "…" : message),
        uploader);
  }

  /** The key of the finding's words in the bundles: {@code alert.excursion.DATA_GAP}... */
  private static String wordingKey(Excursion e) {
    return "alert.excursion."
        + e.kind()
        + (e.ongoing() && e.kind() != ExcursionKind.DATA_GAP ? ".ongoing" : "");
  }

  /**
   * The arguments of {@link #wordingKey}: 0 shipper, 1 leg, 2 from, 3 to, 4 logger, 5 case, 6 DIN,
   * then the finding's: 7 start, 8 end, 9 duration, 10 readings, 11 peak °C, 12 range, 13 tolerance
   * (min), 14 largest gap allowed (min), 15 validated hold time (h).
   */
  private static String[] words(StoredShipment s, CaseView view, Excursion e, ColdChainRule rule) {
    return new String[] {
      AlertWording.text(s.shipperId()),
      AlertWording.code("logistics.leg.", s.leg()),
      AlertWording.site(s.fromSiteId()),
      AlertWording.site(s.toSiteId()),
      AlertWording.text(s.loggerSerial()),
      AlertWording.caseReference(),
      AlertWording.text(eyeReadable(view.din())),
      AlertWording.instant(e.startedAt()),
      AlertWording.instant(e.endedAt()),
      AlertWording.seconds(e.duration().toSeconds()),
      AlertWording.number(e.readings()),
      AlertWording.text(e.peakCelsius().map(BigDecimal::toPlainString).orElse("?")),
      "range:"
          + rule.minCelsius().map(BigDecimal::toPlainString).orElse("")
          + ".."
          + rule.maxCelsius().toPlainString(),
      AlertWording.number(rule.briefTolerance().toMinutes()),
      AlertWording.number(rule.maxGap().toMinutes()),
      AlertWording.text(rule.holdTime().map(h -> Long.toString(h.toHours())).orElse("?"))
    };
  }

  /** The DIN as labels print it (A9999 26 000001), not the barcode's 13 characters run together. */
  private static String eyeReadable(String din) {
    try {
      return din == null ? "" : Din.parse(din).eyeReadable();
    } catch (IllegalArgumentException notADin) {
      return din;
    }
  }

  /** Identifiers and facts only: alerts reach couriers and manufacturers too. */
  private static String message(StoredShipment s, CaseView view, Excursion e, ColdChainRule rule) {
    return "Shipment "
        + s.shipperId()
        + " ("
        + s.leg()
        + ", "
        + s.fromSiteId()
        + " to "
        + s.toSiteId()
        + ", logger "
        + s.loggerSerial()
        + "), case "
        + view.reference()
        + ", DIN "
        + eyeReadable(view.din())
        + ": "
        + ExcursionWording.describe(e, rule);
  }
}
