package org.openv2v.scheduling.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.scheduling.BlackoutDay;
import org.openv2v.scheduling.ChairCapacity;
import org.openv2v.scheduling.CourierLane;
import org.openv2v.scheduling.ManufacturingTime;
import org.openv2v.scheduling.domain.TransitDistribution;
import org.openv2v.scheduling.domain.TransitTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.MappedQuerySpec;
import org.springframework.stereotype.Repository;

/**
 * The capacity tables. Reservations change counters whose CHECK (booked <= capacity) the database
 * enforces: a reservation that would overbook fails with a constraint violation, whatever the
 * application believed a moment earlier.
 */
@Repository
@RequiredArgsConstructor
public class CapacityRows {

  private final JdbcClient jdbc;

  /** A slot row as stored. */
  public record Slot(
      UUID id,
      String facilityId,
      String productCode,
      LocalDate weekStart,
      int capacity,
      int booked,
      String source) {}

  public boolean hasChairs() {
    return jdbc.sql("select exists (select 1 from scheduling.apheresis_chairs)")
        .query(Boolean.class)
        .single();
  }

  public List<ChairCapacity> chairs() {
    return jdbc.sql(
            "select site_id, chairs, weekends, source from scheduling.apheresis_chairs order by 1")
        .query(
            (rs, n) ->
                new ChairCapacity(rs.getString(1), rs.getInt(2), rs.getBoolean(3), rs.getString(4)))
        .list();
  }

  public Optional<ChairCapacity> chairs(String siteId) {
    return chairs().stream().filter(c -> c.siteId().equals(siteId)).findFirst();
  }

  public void saveChairs(ChairCapacity chairs, String editedBy) {
    jdbc.sql(
            """
            insert into scheduling.apheresis_chairs (site_id, chairs, weekends, source, updated_by)
            values (?, ?, ?, ?, ?)
            on conflict (site_id) do update set chairs = excluded.chairs,
                weekends = excluded.weekends, source = excluded.source,
                updated_by = excluded.updated_by, updated_at = now()
            """)
        .params(chairs.siteId(), chairs.chairs(), chairs.weekends(), chairs.source(), editedBy)
        .update();
  }

  /** Future days of the site already counted whose bookings exceed the new number of chairs. */
  public List<LocalDate> daysBookedBeyond(String siteId, LocalDate after, int chairs) {
    return jdbc.sql(
            "select day from scheduling.chair_day where site_id = ? and day > ? and booked > ?"
                + " order by day")
        .params(siteId, Date.valueOf(after), chairs)
        .query((rs, n) -> rs.getDate(1).toLocalDate())
        .list();
  }

  /** Gives the counted future days the site's chairs (weekends get none unless the site opens). */
  public void recountChairDays(String siteId, LocalDate after, int chairs, boolean weekends) {
    jdbc.sql(
            """
            update scheduling.chair_day d set capacity = case
                when exists (select 1 from scheduling.blackout_day b
                             where b.site_id = d.site_id and b.day = d.day) then 0
                when not ? and extract(isodow from d.day) > 5 then 0 else ? end
            where d.site_id = ? and d.day > ?
            """)
        .params(weekends, chairs, siteId, Date.valueOf(after))
        .update();
  }

  /** Takes one chair; fails with a constraint violation when the day is full. */
  public void reserveChair(String siteId, LocalDate day, int capacityIfNew) {
    jdbc.sql(
            """
            insert into scheduling.chair_day (site_id, day, capacity, booked) values (?, ?, ?, 1)
            on conflict (site_id, day) do update set booked = scheduling.chair_day.booked + 1
            """)
        .params(siteId, Date.valueOf(day), capacityIfNew)
        .update();
  }

  public void releaseChair(String siteId, LocalDate day) {
    jdbc.sql(
            "update scheduling.chair_day set booked = booked - 1"
                + " where site_id = ? and day = ? and booked > 0")
        .params(siteId, Date.valueOf(day))
        .update();
  }

  /** Booked chairs per site and day in [from, to]. */
  public Map<String, Map<LocalDate, Integer>> chairsBooked(LocalDate from, LocalDate to) {
    Map<String, Map<LocalDate, Integer>> booked = new HashMap<>();
    jdbc.sql("select site_id, day, booked from scheduling.chair_day where day between ? and ?")
        .params(Date.valueOf(from), Date.valueOf(to))
        .query(
            (ResultSet rs) -> {
              booked
                  .computeIfAbsent(rs.getString(1), s -> new HashMap<>())
                  .put(rs.getDate(2).toLocalDate(), rs.getInt(3));
            });
    return booked;
  }

  public List<Slot> slots(LocalDate fromWeek, LocalDate toWeek) {
    return slotsWhere(
            "week_start between ? and ? order by week_start, facility_id, product_code",
            Date.valueOf(fromWeek),
            Date.valueOf(toWeek))
        .list();
  }

  public Optional<Slot> slot(UUID id) {
    return slotsWhere("id = ?", id).optional();
  }

  /** The slot row, locked for the rest of the transaction (made with no capacity if new). */
  public Slot lockSlot(String facilityId, String productCode, LocalDate weekStart, String by) {
    jdbc.sql(
            """
            insert into scheduling.manufacturing_slot
                (id, facility_id, product_code, week_start, capacity, booked, updated_by)
            values (?, ?, ?, ?, 0, 0, ?)
            on conflict (facility_id, product_code, week_start) do nothing
            """)
        .params(UUID.randomUUID(), facilityId, productCode, Date.valueOf(weekStart), by)
        .update();
    return slotsWhere(
            "facility_id = ? and product_code = ? and week_start = ? for update",
            facilityId,
            productCode,
            Date.valueOf(weekStart))
        .single();
  }

  public void setSlotCapacity(UUID id, int capacity, String source, String by) {
    jdbc.sql(
            "update scheduling.manufacturing_slot set capacity = ?, source = ?, updated_by = ?,"
                + " updated_at = now() where id = ?")
        .params(capacity, source, by, id)
        .update();
  }

  /** Takes one unit of the slot; fails with a constraint violation when it is full. */
  public void reserveSlot(UUID id) {
    jdbc.sql("update scheduling.manufacturing_slot set booked = booked + 1 where id = ?")
        .param(id)
        .update();
  }

  public void releaseSlot(UUID id) {
    jdbc.sql(
            "update scheduling.manufacturing_slot set booked = booked - 1"
                + " where id = ? and booked > 0")
        .param(id)
        .update();
  }

  public List<ManufacturingTime> manufacturingTimes() {
    return jdbc.sql(
            "select facility_id, product_code, manufacturing_days, source"
                + " from scheduling.manufacturing_time order by 1, 2")
        .query(
            (rs, n) ->
                new ManufacturingTime(
                    rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)))
        .list();
  }

  public void saveManufacturingTime(ManufacturingTime time, String by) {
    jdbc.sql(
            """
            insert into scheduling.manufacturing_time
                (facility_id, product_code, manufacturing_days, source, updated_by)
            values (?, ?, ?, ?, ?)
            on conflict (facility_id, product_code) do update set
                manufacturing_days = excluded.manufacturing_days, source = excluded.source,
                updated_by = excluded.updated_by, updated_at = now()
            """)
        .params(time.facilityId(), time.productCode(), time.manufacturingDays(), time.source(), by)
        .update();
  }

  public List<CourierLane> lanes() {
    return jdbc.sql(
            "select from_site_id, to_site_id, distribution, median_days, p90_days, source"
                + " from scheduling.courier_lane order by 1, 2")
        .query(
            (rs, n) -> {
              TransitTime time =
                  new TransitTime(
                      TransitDistribution.valueOf(rs.getString(3)),
                      rs.getDouble(4),
                      rs.getDouble(5));
              return new CourierLane(
                  rs.getString(1),
                  rs.getString(2),
                  time.distribution(),
                  time.medianDays(),
                  time.p90Days(),
                  rs.getString(6),
                  time.mu(),
                  time.sigma());
            })
        .list();
  }

  public void saveLane(CourierLane lane, String by) {
    jdbc.sql(
            """
            insert into scheduling.courier_lane
                (from_site_id, to_site_id, distribution, median_days, p90_days, source, updated_by)
            values (?, ?, ?, ?, ?, ?, ?)
            on conflict (from_site_id, to_site_id) do update set
                distribution = excluded.distribution, median_days = excluded.median_days,
                p90_days = excluded.p90_days, source = excluded.source,
                updated_by = excluded.updated_by, updated_at = now()
            """)
        .params(
            lane.fromSiteId(),
            lane.toSiteId(),
            lane.distribution().name(),
            lane.medianDays(),
            lane.p90Days(),
            lane.source(),
            by)
        .update();
  }

  public List<BlackoutDay> blackouts(LocalDate from) {
    return jdbc.sql(
            "select site_id, day, reason from scheduling.blackout_day where day >= ?"
                + " order by day, site_id")
        .param(Date.valueOf(from))
        .query(
            (rs, n) ->
                new BlackoutDay(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3)))
        .list();
  }

  public void saveBlackout(BlackoutDay day, String by) {
    jdbc.sql(
            """
            insert into scheduling.blackout_day (site_id, day, reason, updated_by)
            values (?, ?, ?, ?)
            on conflict (site_id, day) do update set reason = excluded.reason,
                updated_by = excluded.updated_by
            """)
        .params(day.siteId(), Date.valueOf(day.day()), day.reason(), by)
        .update();
    // A day already counted closes too; the CHECK refuses if anyone is booked on it.
    jdbc.sql("update scheduling.chair_day set capacity = 0 where site_id = ? and day = ?")
        .params(day.siteId(), Date.valueOf(day.day()))
        .update();
  }

  public int chairsBookedOn(String siteId, LocalDate day) {
    return jdbc.sql("select booked from scheduling.chair_day where site_id = ? and day = ?")
        .params(siteId, Date.valueOf(day))
        .query(Integer.class)
        .optional()
        .orElse(0);
  }

  public boolean deleteBlackout(String siteId, LocalDate day) {
    boolean deleted =
        jdbc.sql("delete from scheduling.blackout_day where site_id = ? and day = ?")
                .params(siteId, Date.valueOf(day))
                .update()
            > 0;
    jdbc.sql(
            """
            update scheduling.chair_day d set capacity = coalesce((select case
                when not c.weekends and extract(isodow from d.day) > 5 then 0 else c.chairs end
                from scheduling.apheresis_chairs c where c.site_id = d.site_id), 0)
            where d.site_id = ? and d.day = ?
            """)
        .params(siteId, Date.valueOf(day))
        .update();
    return deleted;
  }

  private static final String SLOT =
      "select id, facility_id, product_code, week_start, capacity, booked, source"
          + " from scheduling.manufacturing_slot";

  /** Slots are read with one select and one row mapper; a query names only its condition. */
  private MappedQuerySpec<Slot> slotsWhere(String condition, Object... params) {
    return jdbc.sql(SLOT + " where " + condition).params(params).query(CapacityRows::slot);
  }

  private static Slot slot(ResultSet rs, int n) throws SQLException {
    return new Slot(
        rs.getObject(1, UUID.class),
        rs.getString(2),
        rs.getString(3),
        rs.getDate(4).toLocalDate(),
        rs.getInt(5),
        rs.getInt(6),
        rs.getString(7));
  }
}
