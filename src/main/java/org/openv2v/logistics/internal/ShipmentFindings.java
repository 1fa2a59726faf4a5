package org.openv2v.logistics.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openv2v.alerts.Alert;
import org.openv2v.alerts.AlertKind;
import org.openv2v.alerts.Alerts;
import org.openv2v.alerts.NewAlert;
import org.openv2v.alerts.Severity;
import org.openv2v.cases.CaseView;
import org.openv2v.custody.Custody;
import org.openv2v.custody.CustodyRecord;
import org.openv2v.custody.ObservedExcursion;
import org.openv2v.logistics.domain.ColdChainRule;
import org.openv2v.logistics.domain.Excursion;
import org.openv2v.logistics.domain.ExcursionDetector;
import org.openv2v.logistics.domain.ExcursionKind;
import org.openv2v.logistics.domain.ExcursionWording;
import org.openv2v.logistics.domain.LoggerReading;
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
public class ShipmentFindings {

  private static final Logger log = LoggerFactory.getLogger(ShipmentFindings.class);

  private final ShipmentSummaries summaries;
  private final Alerts alerts;
  private final Custody custody;
  private final ExcursionRows excursions;

  ShipmentFindings(
      ShipmentSummaries summaries, Alerts alerts, Custody custody, ExcursionRows excursions) {
    this.summaries = summaries;
    this.alerts = alerts;
    this.custody = custody;
    this.excursions = excursions;
  }

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
      Alert alert = alerts.raise(alert(s, e, message, key));
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
        + view.din()
        + ": "
        + ExcursionWording.describe(e, rule);
  }
}
