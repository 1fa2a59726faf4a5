package org.openv2v.logistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openv2v.logistics.domain.ExcursionKind;

/**
 * A finding in a shipment's logger data, with the alert it raised and the custody record it was
 * attached to (temperature findings only: a data gap is no observed condition of the cells).
 */
public record ShipmentExcursion(
    ExcursionKind kind,
    String severity,
    Instant startedAt,
    Instant endedAt,
    long durationSeconds,
    boolean ongoing,
    Optional<BigDecimal> peakCelsius,
    int readings,
    String message,
    Optional<UUID> alertId,
    Optional<UUID> custodyEventId) {}
