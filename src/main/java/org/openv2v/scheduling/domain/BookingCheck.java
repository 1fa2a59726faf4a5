package org.openv2v.scheduling.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks a booking passes before any capacity is taken. Every problem is collected, not only
 * the first, in the order of {@link BookingProblem}; the database's constraints, not this check,
 * keep two bookings from taking the same last chair or slot.
 */
public final class BookingCheck {

  private BookingCheck() {}

  public static List<BookingProblem> check(BookingFacts facts) {
    List<BookingProblem> problems = new ArrayList<>();
    if (!facts.option().apheresisSiteId().equals(facts.apheresisSiteId())) {
      problems.add(BookingProblem.OTHER_SITE);
    }
    if (facts.slot().isEmpty()) {
      problems.add(BookingProblem.SLOT_GONE);
    } else if (!facts.slot().get().productCode().equals(facts.productCode())
        || !facts.slot().get().facilityId().equals(facts.facilityId())) {
      problems.add(BookingProblem.OTHER_SLOT);
    }
    if (!facts.option().apheresisDate().isAfter(facts.today())) {
      problems.add(BookingProblem.DAY_PASSED);
    }
    if (facts.chairs() == 0) {
      problems.add(BookingProblem.SITE_CLOSED);
    }
    if (facts.slot().isPresent()) {
      if (facts.arrivalAtFacility().isEmpty()) {
        problems.add(BookingProblem.NO_LANE);
      } else if (outsideWeek(facts.arrivalAtFacility().get(), facts.slot().get().weekStart())) {
        problems.add(BookingProblem.OUTSIDE_WEEK);
      }
    }
    return List.copyOf(problems);
  }

  private static boolean outsideWeek(LocalDate arrival, LocalDate weekStart) {
    return arrival.isBefore(weekStart) || arrival.isAfter(weekStart.plusDays(6));
  }
}
