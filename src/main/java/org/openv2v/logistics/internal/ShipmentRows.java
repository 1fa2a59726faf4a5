package org.openv2v.logistics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.logistics.domain.Leg;
import org.openv2v.logistics.domain.Packaging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The shipments table. */
@Repository
@RequiredArgsConstructor
public class ShipmentRows {

  private static final String COLUMNS =
      "id, case_id, leg, packaging, from_site_id, to_site_id, courier_site_id, shipper_id,"
          + " logger_serial, validated_hold_hours, charged_at, booked_at, booked_by";

  private final JdbcClient jdbc;

  /** A shipment as stored. */
  public record StoredShipment(
      UUID id,
      UUID caseId,
      Leg leg,
      Packaging packaging,
      String fromSiteId,
      String toSiteId,
      String courierSiteId,
      String shipperId,
      String loggerSerial,
      Optional<Integer> validatedHoldHours,
      Optional<Instant> chargedAt,
      Instant bookedAt,
      String bookedBy) {}

  /** Inserts unless the courier's shipper id is taken; answers whether it inserted. */
  public boolean insert(StoredShipment s) {
    return jdbc.sql(
                """
                insert into logistics.shipment (id, case_id, leg, packaging, from_site_id,
                    to_site_id, courier_site_id, shipper_id, logger_serial, validated_hold_hours,
                    charged_at, booked_at, booked_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (courier_site_id, shipper_id) do nothing
                """)
            .params(
                s.id(),
                s.caseId(),
                s.leg().name(),
                s.packaging().name(),
                s.fromSiteId(),
                s.toSiteId(),
                s.courierSiteId(),
                s.shipperId(),
                s.loggerSerial(),
                s.validatedHoldHours().orElse(null),
                s.chargedAt().map(Timestamp::from).orElse(null),
                Timestamp.from(s.bookedAt()),
                s.bookedBy())
            .update()
        == 1;
  }

  public Optional<StoredShipment> find(UUID id) {
    return one("id = ?", id);
  }

  /** Finds the shipment and locks it until the transaction ends: uploads queue per shipment. */
  public Optional<StoredShipment> lock(UUID id) {
    return one("id = ? for update", id);
  }

  private Optional<StoredShipment> one(String where, UUID id) {
    return jdbc.sql("select " + COLUMNS + " from logistics.shipment where " + where)
        .param(id)
        .query(ShipmentRows::shipment)
        .optional();
  }

  public Optional<StoredShipment> byShipperId(String courierSiteId, String shipperId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from logistics.shipment where courier_site_id = ? and shipper_id = ?")
        .params(courierSiteId, shipperId)
        .query(ShipmentRows::shipment)
        .optional();
  }

  /** A case's shipments in the order they were booked. */
  public List<StoredShipment> ofCase(UUID caseId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from logistics.shipment where case_id = ? order by booked_at, id")
        .param(caseId)
        .query(ShipmentRows::shipment)
        .list();
  }

  private static StoredShipment shipment(ResultSet row, int n) throws SQLException {
    Timestamp charged = row.getTimestamp("charged_at");
    int hold = row.getInt("validated_hold_hours");
    boolean noHold = row.wasNull();
    return new StoredShipment(
        row.getObject("id", UUID.class),
        row.getObject("case_id", UUID.class),
        Leg.valueOf(row.getString("leg")),
        Packaging.valueOf(row.getString("packaging")),
        row.getString("from_site_id"),
        row.getString("to_site_id"),
        row.getString("courier_site_id"),
        row.getString("shipper_id"),
        row.getString("logger_serial"),
        noHold ? Optional.empty() : Optional.of(hold),
        Optional.ofNullable(charged).map(Timestamp::toInstant),
        row.getTimestamp("booked_at").toInstant(),
        row.getString("booked_by"));
  }
}
