package org.openv2v.scheduling.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.openv2v.scheduling.domain.DiseaseTempo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.MappedQuerySpec;
import org.springframework.stereotype.Repository;

/** Case routes, bookings, the waitlist and failure paths. */
@Repository
@RequiredArgsConstructor
public class BookingRows {

  private final JdbcClient jdbc;

  /** Where a case's cells go: collected at one site, made at one facility, given at a centre. */
  public record Route(
      UUID caseId,
      String productCode,
      String treatmentCentreId,
      String apheresisSiteId,
      String facilityId) {

    /** The sites concerned, once each: the apheresis unit is often the treatment centre itself. */
    public Set<String> sites() {
      return Stream.of(treatmentCentreId, apheresisSiteId, facilityId)
          .collect(Collectors.toUnmodifiableSet());
    }
  }

  public record Booking(
      UUID id,
      UUID caseId,
      String apheresisSiteId,
      LocalDate apheresisDate,
      UUID slotId,
      LocalDate promisedRelease,
      LocalDate promisedArrival,
      LocalDate promisedInfusion,
      String status,
      String bookedBy,
      Instant bookedAt,
      Optional<Instant> endedAt,
      Optional<String> endReason) {}

  public record Waiting(
      UUID caseId,
      DiseaseTempo tempo,
      double priority,
      Instant listedAt,
      LocalDate earliestApheresis,
      Set<LocalDate> unavailable,
      String status) {}

  public record FailurePath(
      UUID id,
      UUID caseId,
      UUID failedEventId,
      Instant failedAt,
      Optional<String> proposedOption,
      String path,
      Optional<Instant> resolvedAt) {}

  public void saveRoute(Route route) {
    jdbc.sql(
            """
            insert into scheduling.case_route
                (case_id, product_code, treatment_centre_id, apheresis_site_id, facility_id)
            values (?, ?, ?, ?, ?)
            on conflict (case_id) do update set product_code = excluded.product_code,
                treatment_centre_id = excluded.treatment_centre_id,
                apheresis_site_id = excluded.apheresis_site_id, facility_id = excluded.facility_id
            """)
        .params(
            route.caseId(),
            route.productCode(),
            route.treatmentCentreId(),
            route.apheresisSiteId(),
            route.facilityId())
        .update();
  }

  public Optional<Route> route(UUID caseId) {
    return routesWhere("case_id = ?", caseId).optional();
  }

  public List<Route> routes(List<UUID> caseIds) {
    if (caseIds.isEmpty()) {
      return List.of();
    }
    // Typed Object so that the array is one parameter (the uuid[]), not spread as the varargs.
    Object ids = caseIds.stream().map(UUID::toString).toArray(String[]::new);
    return routesWhere("case_id = any(?::uuid[])", ids).list();
  }

  /** Inserts an active booking; the partial unique index refuses a second one for the case. */
  public void insertBooking(Booking booking) {
    jdbc.sql(
            """
            insert into scheduling.booking (id, case_id, apheresis_site_id, apheresis_date,
                slot_id, promised_release, promised_arrival, promised_infusion, status,
                booked_by, booked_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)
            """)
        .params(
            booking.id(),
            booking.caseId(),
            booking.apheresisSiteId(),
            Date.valueOf(booking.apheresisDate()),
            booking.slotId(),
            Date.valueOf(booking.promisedRelease()),
            Date.valueOf(booking.promisedArrival()),
            Date.valueOf(booking.promisedInfusion()),
            booking.bookedBy(),
            Timestamp.from(booking.bookedAt()))
        .update();
  }

  public Optional<Booking> activeBooking(UUID caseId) {
    return bookingsWhere("case_id = ? and status = 'ACTIVE' for update", caseId).optional();
  }

  public List<Booking> bookings(UUID caseId) {
    return bookingsWhere("case_id = ? order by booked_at desc", caseId).list();
  }

  public List<Booking> activeBookings() {
    return bookingsWhere("status = 'ACTIVE' order by booked_at").list();
  }

  /** Active bookings of a slot, the latest first (the last booked are displaced first). */
  public List<Booking> activeBookingsOfSlot(UUID slotId) {
    return bookingsWhere("slot_id = ? and status = 'ACTIVE' order by booked_at desc", slotId)
        .list();
  }

  public void endBooking(UUID id, String status, String reason, Instant at) {
    jdbc.sql(
            "update scheduling.booking set status = ?, end_reason = ?, ended_at = ?"
                + " where id = ? and status = 'ACTIVE'")
        .params(status, reason, Timestamp.from(at), id)
        .update();
  }

  public void saveWaiting(Waiting waiting, Instant now) {
    jdbc.sql(
            """
            insert into scheduling.waitlist (case_id, tempo, priority, listed_at,
                earliest_apheresis, unavailable, status, updated_at)
            values (?, ?, ?, ?, ?, ?::date[], ?, ?)
            on conflict (case_id) do update set tempo = excluded.tempo,
                priority = excluded.priority, earliest_apheresis = excluded.earliest_apheresis,
                unavailable = excluded.unavailable, status = excluded.status,
                updated_at = excluded.updated_at,
                listed_at = case when scheduling.waitlist.status = 'WAITING'
                    then scheduling.waitlist.listed_at else excluded.listed_at end
            """)
        .params(
            waiting.caseId(),
            waiting.tempo().name(),
            waiting.priority(),
            Timestamp.from(waiting.listedAt()),
            Date.valueOf(waiting.earliestApheresis()),
            waiting.unavailable().stream().map(LocalDate::toString).toArray(String[]::new),
            waiting.status(),
            Timestamp.from(now))
        .update();
  }

  public void setWaitlistStatus(UUID caseId, String status, Instant now) {
    jdbc.sql("update scheduling.waitlist set status = ?, updated_at = ? where case_id = ?")
        .params(status, Timestamp.from(now), caseId)
        .update();
  }

  public Optional<Waiting> waiting(UUID caseId) {
    return waitingWhere("case_id = ?", caseId).optional();
  }

  public List<Waiting> waitingCases() {
    return waitingWhere("status = 'WAITING' order by listed_at, case_id").list();
  }

  public void insertFailure(FailurePath failure) {
    jdbc.sql(
            """
            insert into scheduling.failure_path (id, case_id, failed_event_id, failed_at,
                proposed_option, path)
            values (?, ?, ?, ?, ?, ?)
            on conflict (failed_event_id) do nothing
            """)
        .params(
            failure.id(),
            failure.caseId(),
            failure.failedEventId(),
            Timestamp.from(failure.failedAt()),
            failure.proposedOption().orElse(null),
            failure.path())
        .update();
  }

  /** Resolves the case's pending failure path; answers whether there was one. */
  public boolean resolveFailure(UUID caseId, String path, Instant at) {
    return jdbc.sql(
                "update scheduling.failure_path set path = ?, resolved_at = ?"
                    + " where case_id = ? and path = 'PENDING'")
            .params(path, Timestamp.from(at), caseId)
            .update()
        > 0;
  }

  public List<FailurePath> failures(UUID caseId) {
    return jdbc.sql(
            "select id, case_id, failed_event_id, failed_at, proposed_option, path, resolved_at"
                + " from scheduling.failure_path where case_id = ? order by failed_at")
        .param(caseId)
        .query(
            (rs, n) ->
                new FailurePath(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    rs.getObject(3, UUID.class),
                    rs.getTimestamp(4).toInstant(),
                    Optional.ofNullable(rs.getString(5)),
                    rs.getString(6),
                    Optional.ofNullable(rs.getTimestamp(7)).map(Timestamp::toInstant)))
        .list();
  }

  /** How many failures took each path, over the whole network. */
  public Map<String, Integer> failureCounts() {
    Map<String, Integer> counts = new TreeMap<>();
    jdbc.sql("select path, count(*) from scheduling.failure_path group by path")
        .query(
            (ResultSet rs) -> {
              counts.put(rs.getString(1), rs.getInt(2));
            });
    return counts;
  }

  private static final String ROUTE =
      "select case_id, product_code, treatment_centre_id, apheresis_site_id, facility_id"
          + " from scheduling.case_route";

  private static final String BOOKING =
      "select id, case_id, apheresis_site_id, apheresis_date, slot_id, promised_release,"
          + " promised_arrival, promised_infusion, status, booked_by, booked_at, ended_at,"
          + " end_reason from scheduling.booking";

  private static final String WAITING =
      "select case_id, tempo, priority, listed_at, earliest_apheresis, unavailable, status"
          + " from scheduling.waitlist";

  // Each table is read with one select and one row mapper; a query names only its condition.

  private MappedQuerySpec<Route> routesWhere(String condition, Object... params) {
    return jdbc.sql(ROUTE + " where " + condition).params(params).query(BookingRows::route);
  }

  private MappedQuerySpec<Booking> bookingsWhere(String condition, Object... params) {
    return jdbc.sql(BOOKING + " where " + condition).params(params).query(BookingRows::booking);
  }

  private MappedQuerySpec<Waiting> waitingWhere(String condition, Object... params) {
    return jdbc.sql(WAITING + " where " + condition).params(params).query(BookingRows::waiting);
  }

  private static Route route(ResultSet rs, int n) throws SQLException {
    return new Route(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5));
  }

  private static Booking booking(ResultSet rs, int n) throws SQLException {
    return new Booking(
        rs.getObject(1, UUID.class),
        rs.getObject(2, UUID.class),
        rs.getString(3),
        rs.getDate(4).toLocalDate(),
        rs.getObject(5, UUID.class),
        rs.getDate(6).toLocalDate(),
        rs.getDate(7).toLocalDate(),
        rs.getDate(8).toLocalDate(),
        rs.getString(9),
        rs.getString(10),
        rs.getTimestamp(11).toInstant(),
        Optional.ofNullable(rs.getTimestamp(12)).map(Timestamp::toInstant),
        Optional.ofNullable(rs.getString(13)));
  }

  private static Waiting waiting(ResultSet rs, int n) throws SQLException {
    Array days = rs.getArray(6);
    Set<LocalDate> unavailable =
        Arrays.stream((Date[]) days.getArray())
            .map(Date::toLocalDate)
            .collect(Collectors.toUnmodifiableSet());
    return new Waiting(
        rs.getObject(1, UUID.class),
        DiseaseTempo.valueOf(rs.getString(2)),
        rs.getDouble(3),
        rs.getTimestamp(4).toInstant(),
        rs.getDate(5).toLocalDate(),
        unavailable,
        rs.getString(7));
  }
}
