package org.openv2v.logistics.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.openv2v.charts.Chart;
import org.openv2v.logistics.ShipmentView;
import org.openv2v.logistics.domain.ExcursionKind;

/**
 * One courier leg as the panel shows it: ids, route, status, the limit it is judged against, the
 * readings' extremes, its findings and its plot (none before the first reading). Names the case by
 * DIN only, never the patient.
 */
record ShipmentCard(
    String id,
    String leg,
    String packaging,
    String shipperId,
    String loggerSerial,
    String status,
    String from,
    String to,
    String range,
    String limitSource,
    int readings,
    Optional<String> first,
    Optional<String> last,
    Optional<String> min,
    Optional<String> max,
    List<Finding> findings,
    Optional<Chart> plot) {

  /** A finding in the logger data, with its window in the reader's time. */
  record Finding(
      String kind,
      boolean critical,
      String from,
      String to,
      long minutes,
      Optional<String> peak,
      boolean ongoing,
      String message) {}

  static ShipmentCard of(
      ShipmentView view,
      Optional<Chart> plot,
      Function<Instant, String> time,
      Function<String, String> site) {
    return new ShipmentCard(
        view.id().toString(),
        view.leg().name(),
        view.packaging().name(),
        view.shipperId(),
        view.loggerSerial(),
        view.status().name(),
        site.apply(view.fromSiteId()),
        site.apply(view.toSiteId()),
        view.limits().range(),
        view.limits().limitSource(),
        view.readings().count(),
        view.readings().first().map(time),
        view.readings().last().map(time),
        view.readings().minCelsius().map(TemperaturePlot::celsius),
        view.readings().maxCelsius().map(TemperaturePlot::celsius),
        view.excursions().stream()
            .map(
                e ->
                    new Finding(
                        e.kind().name(),
                        e.kind().grade() == ExcursionKind.Grade.CRITICAL,
                        time.apply(e.startedAt()),
                        time.apply(e.endedAt()),
                        Math.max(1, Math.round(e.durationSeconds() / 60.0)),
                        e.peakCelsius().map(TemperaturePlot::celsius),
                        e.ongoing(),
                        e.message()))
            .toList(),
        plot);
  }
}
