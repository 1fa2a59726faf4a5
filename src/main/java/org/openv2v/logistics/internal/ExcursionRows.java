package org.openv2v.logistics.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.logistics.domain.Excursion;
import org.openv2v.logistics.domain.ExcursionKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A shipment's current findings, with what they raised. */
@Repository
@RequiredArgsConstructor
public class ExcursionRows {

  private final JdbcClient jdbc;

  /** A finding as stored. */
  public record StoredExcursion(
      Excursion excursion, Optional<UUID> alertId, Optional<UUID> custodyEventId) {}

  /** Replaces the shipment's findings with these. */
  public void replace(UUID shipmentId, List<StoredExcursion> findings) {
    jdbc.sql("delete from logistics.excursion where shipment_id = ?").param(shipmentId).update();
    for (StoredExcursion stored : findings) {
      Excursion e = stored.excursion();
      jdbc.sql(
              """
              insert into logistics.excursion (shipment_id, kind, started_at, ended_at, ongoing,
                  peak_celsius, readings, alert_id, custody_event_id)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?)
              """)
          .params(
              shipmentId,
              e.kind().name(),
              Timestamp.from(e.startedAt()),
              Timestamp.from(e.endedAt()),
              e.ongoing(),
              e.peakCelsius().orElse(null),
              e.readings(),
              stored.alertId().orElse(null),
              stored.custodyEventId().orElse(null))
          .update();
    }
  }

  public List<StoredExcursion> of(UUID shipmentId) {
    return jdbc.sql(
            """
            select kind, started_at, ended_at, ongoing, peak_celsius, readings, alert_id,
                custody_event_id
            from logistics.excursion where shipment_id = ? order by started_at, kind
            """)
        .param(shipmentId)
        .query(ExcursionRows::stored)
        .list();
  }

  private static StoredExcursion stored(ResultSet row, int n) throws SQLException {
    BigDecimal peak = row.getBigDecimal("peak_celsius");
    Instant started = row.getTimestamp("started_at").toInstant();
    return new StoredExcursion(
        new Excursion(
            ExcursionKind.valueOf(row.getString("kind")),
            started,
            row.getTimestamp("ended_at").toInstant(),
            row.getBoolean("ongoing"),
            Optional.ofNullable(peak).map(BigDecimal::stripTrailingZeros),
            row.getInt("readings")),
        Optional.ofNullable(row.getObject("alert_id", UUID.class)),
        Optional.ofNullable(row.getObject("custody_event_id", UUID.class)));
  }
}
