package org.openv2v.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BookingCheckTests {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  static final LocalDate WEEK = LocalDate.of(2026, 11, 30);
  static final UUID SLOT = UUID.fromString("00000000-0000-0000-0000-000000000001");

  /** Collection at the case's own site tomorrow, the right slot, the cells arriving mid-week. */
  static BookingFacts good() {
    return new BookingFacts(
        "KR-SNUH",
        "tisa-cel",
        "US-NJ-MORRIS",
        "KR-SNUH",
        new OptionId("KR-SNUH", TODAY.plusDays(1), SLOT),
        TODAY,
        2,
        Optional.of(new BookingFacts.OfferedSlot("tisa-cel", "US-NJ-MORRIS", WEEK)),
        Optional.of(WEEK.plusDays(2)));
  }

  static BookingFacts with(
      BookingFacts f,
      OptionId option,
      int chairs,
      Optional<BookingFacts.OfferedSlot> slot,
      Optional<LocalDate> arrival) {
    return new BookingFacts(
        f.apheresisSiteId(),
        f.productCode(),
        f.facilityId(),
        f.treatmentCentreId(),
        option,
        f.today(),
        chairs,
        slot,
        arrival);
  }

  @Test
  void should_find_no_problem_when_everything_fits() {
    assertThat(BookingCheck.check(good())).isEmpty();
  }

  static Stream<Arguments> problems() {
    OptionId elsewhere = new OptionId("KR-AMC", TODAY.plusDays(1), SLOT);
    OptionId today = new OptionId("KR-SNUH", TODAY, SLOT);
    OptionId yesterday = new OptionId("KR-SNUH", TODAY.minusDays(1), SLOT);
    var otherProduct = Optional.of(new BookingFacts.OfferedSlot("axi-cel", "US-NJ-MORRIS", WEEK));
    var otherFacility = Optional.of(new BookingFacts.OfferedSlot("tisa-cel", "CH-STEIN", WEEK));
    return Stream.of(
        row(
            "another collection site",
            f -> with(f, elsewhere, f.chairs(), f.slot(), f.arrivalAtFacility()),
            BookingProblem.OTHER_SITE),
        row(
            "slot withdrawn",
            f -> with(f, f.option(), f.chairs(), Optional.empty(), Optional.empty()),
            BookingProblem.SLOT_GONE),
        row(
            "slot for another product",
            f -> with(f, f.option(), f.chairs(), otherProduct, f.arrivalAtFacility()),
            BookingProblem.OTHER_SLOT),
        row(
            "slot at another facility",
            f -> with(f, f.option(), f.chairs(), otherFacility, f.arrivalAtFacility()),
            BookingProblem.OTHER_SLOT),
        row(
            "collection today",
            f -> with(f, today, f.chairs(), f.slot(), f.arrivalAtFacility()),
            BookingProblem.DAY_PASSED),
        row(
            "collection yesterday",
            f -> with(f, yesterday, f.chairs(), f.slot(), f.arrivalAtFacility()),
            BookingProblem.DAY_PASSED),
        row(
            "site closed that day",
            f -> with(f, f.option(), 0, f.slot(), f.arrivalAtFacility()),
            BookingProblem.SITE_CLOSED),
        row(
            "no courier lane",
            f -> with(f, f.option(), f.chairs(), f.slot(), Optional.empty()),
            BookingProblem.NO_LANE),
        row(
            "arrives the day before the slot's week",
            f -> with(f, f.option(), f.chairs(), f.slot(), Optional.of(WEEK.minusDays(1))),
            BookingProblem.OUTSIDE_WEEK),
        row(
            "arrives the day after the slot's week",
            f -> with(f, f.option(), f.chairs(), f.slot(), Optional.of(WEEK.plusDays(7))),
            BookingProblem.OUTSIDE_WEEK),
        row(
            "slot gone and site closed: both, slot first",
            f -> with(f, f.option(), 0, Optional.empty(), Optional.empty()),
            BookingProblem.SLOT_GONE,
            BookingProblem.SITE_CLOSED),
        row(
            "everything wrong: every problem in order",
            f -> with(f, new OptionId("KR-AMC", TODAY, SLOT), 0, otherProduct, Optional.empty()),
            BookingProblem.OTHER_SITE,
            BookingProblem.OTHER_SLOT,
            BookingProblem.DAY_PASSED,
            BookingProblem.SITE_CLOSED,
            BookingProblem.NO_LANE));
  }

  static Arguments row(String name, UnaryOperator<BookingFacts> change, BookingProblem... want) {
    return Arguments.of(name, change.apply(good()), List.of(want));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("problems")
  void should_name_every_problem_in_order(
      String name, BookingFacts facts, List<BookingProblem> want) {
    assertThat(BookingCheck.check(facts)).containsExactlyElementsOf(want);
  }

  @Test
  void should_accept_arrival_on_the_first_and_last_day_of_the_week() {
    BookingFacts f = good();
    assertThat(BookingCheck.check(with(f, f.option(), 1, f.slot(), Optional.of(WEEK)))).isEmpty();
    assertThat(BookingCheck.check(with(f, f.option(), 1, f.slot(), Optional.of(WEEK.plusDays(6)))))
        .isEmpty();
  }
}
