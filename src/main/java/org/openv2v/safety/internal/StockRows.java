package org.openv2v.safety.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.safety.TocilizumabStock.Reservation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.MappedQuerySpec;
import org.springframework.stereotype.Repository;

/** Tocilizumab received into a site's pharmacy and reserved for patients. */
@Repository
@RequiredArgsConstructor
public class StockRows {

  private final JdbcClient jdbc;

  /** Serialises stock changes of one site for the rest of the transaction. */
  public void lockSite(String siteId) {
    jdbc.sql("select pg_advisory_xact_lock(hashtext('safety.stock:' || ?))")
        .param(siteId)
        .query((rs, n) -> 1)
        .list();
  }

  public void receive(
      UUID id,
      String siteId,
      int doses,
      String lot,
      Optional<LocalDate> expiresOn,
      Instant at,
      String by) {
    jdbc.sql(
            """
            insert into safety.tocilizumab_receipt (id, site_id, doses, lot, expires_on,
                received_at, received_by) values (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(id, siteId, doses, lot, expiresOn.orElse(null), Timestamp.from(at), by)
        .update();
  }

  public int received(String siteId) {
    return jdbc.sql(
            "select coalesce(sum(doses), 0) from safety.tocilizumab_receipt where site_id = ?")
        .param(siteId)
        .query(Integer.class)
        .single();
  }

  public int reserved(String siteId) {
    return jdbc.sql(
            """
            select coalesce(sum(doses), 0) from safety.tocilizumab_reservation
            where site_id = ? and released_at is null
            """)
        .param(siteId)
        .query(Integer.class)
        .single();
  }

  public void reserve(Reservation reservation) {
    jdbc.sql(
            """
            insert into safety.tocilizumab_reservation (id, case_id, site_id, doses, reserved_at,
                reserved_by) values (?, ?, ?, ?, ?, ?)
            """)
        .params(
            reservation.id(),
            reservation.caseId(),
            reservation.siteId(),
            reservation.doses(),
            Timestamp.from(reservation.reservedAt()),
            reservation.reservedBy())
        .update();
  }

  public boolean release(UUID id, Instant at, String by) {
    return SignOff.once(jdbc, "safety.tocilizumab_reservation", "released", id, at, by);
  }

  public Optional<Reservation> reservation(UUID id) {
    return reservationsWhere("id = ?", id).optional();
  }

  public List<Reservation> ofCase(UUID caseId) {
    return reservationsWhere("case_id = ?", caseId).list();
  }

  public List<Reservation> activeAt(String siteId) {
    return reservationsWhere("site_id = ? and released_at is null", siteId).list();
  }

  /** Reservations are read with one select and one row mapper; a query names its condition. */
  private MappedQuerySpec<Reservation> reservationsWhere(String condition, Object param) {
    return jdbc.sql(
            "select id, case_id, site_id, doses, reserved_at, reserved_by, released_at, released_by"
                + " from safety.tocilizumab_reservation where "
                + condition
                + " order by reserved_at, id")
        .param(param)
        .query(StockRows::readReservation);
  }

  private static Reservation readReservation(ResultSet rs, int n) throws SQLException {
    return new Reservation(
        rs.getObject("id", UUID.class),
        rs.getObject("case_id", UUID.class),
        rs.getString("site_id"),
        rs.getInt("doses"),
        rs.getTimestamp("reserved_at").toInstant(),
        rs.getString("reserved_by"),
        Optional.ofNullable(rs.getTimestamp("released_at")).map(Timestamp::toInstant),
        Optional.ofNullable(rs.getString("released_by")));
  }
}
