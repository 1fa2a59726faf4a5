package org.openv2v.scheduling.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.openv2v.scheduling.SlotView;

/**
 * Published slots of the manufacturer's facilities as a grid: one row per facility and product, one
 * column per ISO week (cells arrive Monday to Sunday), each cell booked over capacity.
 */
record ManufacturingCalendar(List<LocalDate> weeks, List<Line> lines) {

  /** One facility's product over the weeks shown; a week without published slots is empty. */
  record Line(
      String facilityId,
      String facilityName,
      String productCode,
      String productName,
      List<Optional<Cell>> cells) {}

  /** Booked over capacity in one week. */
  record Cell(int booked, int capacity) {
    public int percent() {
      return capacity == 0 ? (booked > 0 ? 100 : 0) : Math.min(100, 100 * booked / capacity);
    }

    public boolean full() {
      return booked >= capacity;
    }
  }

  static ManufacturingCalendar of(
      List<SlotView> slots,
      Set<String> facilities,
      LocalDate today,
      int weekCount,
      Function<String, String> siteName,
      Function<String, String> productName) {
    LocalDate first = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    List<LocalDate> weeks = new ArrayList<>();
    for (int i = 0; i < weekCount; i++) {
      weeks.add(first.plusWeeks(i));
    }
    Map<String, Map<LocalDate, SlotView>> byLine = new LinkedHashMap<>();
    slots.stream()
        .filter(slot -> facilities.contains(slot.facilityId()))
        .sorted(
            Comparator.comparing(SlotView::facilityId)
                .thenComparing(SlotView::productCode)
                .thenComparing(SlotView::weekStart))
        .forEach(
            slot ->
                byLine
                    .computeIfAbsent(
                        slot.facilityId() + "/" + slot.productCode(), k -> new LinkedHashMap<>())
                    .put(slot.weekStart(), slot));
    List<Line> lines = new ArrayList<>();
    byLine.forEach(
        (key, weekSlots) -> {
          SlotView any = weekSlots.values().iterator().next();
          List<Optional<Cell>> cells =
              weeks.stream()
                  .map(
                      week ->
                          Optional.ofNullable(weekSlots.get(week))
                              .map(s -> new Cell(s.booked(), s.capacity())))
                  .toList();
          lines.add(
              new Line(
                  any.facilityId(),
                  siteName.apply(any.facilityId()),
                  any.productCode(),
                  productName.apply(any.productCode()),
                  cells));
        });
    return new ManufacturingCalendar(weeks, lines);
  }
}
