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
import org.openv2v.logistics.domain.GeoPoint;
import org.openv2v.logistics.domain.LoggerReading;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A shipment's logger readings, one per instant. */
@Repository
@RequiredArgsConstructor
public class ReadingRows {

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  /** Adds readings; one already stored at the same instant is kept as it was. */
  public int add(UUID shipmentId, List<LoggerReading> readings, Instant now, String username) {
    int[][] counts =
        template.batchUpdate(
            """
            insert into logistics.reading (shipment_id, recorded_at, temperature_celsius,
                latitude, longitude, tilt_degrees, shock_g, uploaded_at, uploaded_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (shipment_id, recorded_at) do nothing
            """,
            readings,
            1000,
            (statement, r) -> {
              statement.setObject(1, shipmentId);
              statement.setTimestamp(2, Timestamp.from(r.recordedAt()));
              statement.setBigDecimal(3, r.temperatureCelsius());
              statement.setBigDecimal(4, r.location().map(GeoPoint::latitude).orElse(null));
              statement.setBigDecimal(5, r.location().map(GeoPoint::longitude).orElse(null));
              statement.setBigDecimal(6, r.tiltDegrees().orElse(null));
              statement.setBigDecimal(7, r.shockG().orElse(null));
              statement.setTimestamp(8, Timestamp.from(now));
              statement.setString(9, username);
            });
    int added = 0;
    for (int[] batch : counts) {
      for (int count : batch) {
        added += Math.max(count, 0);
      }
    }
    return added;
  }

  /** How many readings, over which span, between which temperatures. */
  public record Summary(
      int count,
      Optional<Instant> first,
      Optional<Instant> last,
      Optional<BigDecimal> minCelsius,
      Optional<BigDecimal> maxCelsius) {}

  public Summary summary(UUID shipmentId) {
    return jdbc.sql(
            """
            select count(*) as n, min(recorded_at) as first, max(recorded_at) as last,
                min(temperature_celsius) as low, max(temperature_celsius) as high
            from logistics.reading where shipment_id = ?
            """)
        .param(shipmentId)
        .query(
            (row, n) ->
                new Summary(
                    row.getInt("n"),
                    Optional.ofNullable(row.getTimestamp("first")).map(Timestamp::toInstant),
                    Optional.ofNullable(row.getTimestamp("last")).map(Timestamp::toInstant),
                    Optional.ofNullable(row.getBigDecimal("low")).map(ReadingRows::plain),
                    Optional.ofNullable(row.getBigDecimal("high")).map(ReadingRows::plain)))
        .single();
  }

  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** The shipment's readings in time order. */
  public List<LoggerReading> of(UUID shipmentId) {
    return jdbc.sql(
            """
            select recorded_at, temperature_celsius, latitude, longitude, tilt_degrees, shock_g
            from logistics.reading where shipment_id = ? order by recorded_at
            """)
        .param(shipmentId)
        .query(ReadingRows::reading)
        .list();
  }

  private static LoggerReading reading(ResultSet row, int n) throws SQLException {
    BigDecimal latitude = row.getBigDecimal("latitude");
    BigDecimal longitude = row.getBigDecimal("longitude");
    return new LoggerReading(
        row.getTimestamp("recorded_at").toInstant(),
        row.getBigDecimal("temperature_celsius"),
        latitude == null ? Optional.empty() : Optional.of(new GeoPoint(latitude, longitude)),
        Optional.ofNullable(row.getBigDecimal("tilt_degrees")),
        Optional.ofNullable(row.getBigDecimal("shock_g")));
  }
}
