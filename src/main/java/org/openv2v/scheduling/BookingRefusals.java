package org.openv2v.scheduling;

import org.openv2v.scheduling.domain.BookingFacts;
import org.openv2v.scheduling.domain.BookingProblem;
import org.openv2v.shared.Refusal;

/** A booking problem in the words the coordinator reads (English for logs, keys for pages). */
final class BookingRefusals {

  private BookingRefusals() {}

  static Refusal of(BookingProblem problem, BookingFacts facts) {
    String site = facts.apheresisSiteId();
    var day = facts.option().apheresisDate();
    return switch (problem) {
      case OTHER_SITE ->
          new Refusal(
                  Refusal.Kind.UNPROCESSABLE,
                  "The option collects at "
                      + facts.option().apheresisSiteId()
                      + " but the case's cells are collected at "
                      + site)
              .withWords("refusal.booking.otherSite", facts.option().apheresisSiteId(), site);
      case SLOT_GONE ->
          new Refusal(
                  Refusal.Kind.UNPROCESSABLE, "The option's manufacturing slot no longer exists")
              .withWords("refusal.booking.slotGone");
      case OTHER_SLOT -> {
        BookingFacts.OfferedSlot slot = facts.slot().orElseThrow();
        yield new Refusal(
                Refusal.Kind.UNPROCESSABLE,
                "The slot is for "
                    + slot.productCode()
                    + " at "
                    + slot.facilityId()
                    + "; the case needs "
                    + facts.productCode()
                    + " at "
                    + facts.facilityId())
            .withWords(
                "refusal.booking.otherSlot",
                slot.productCode(),
                slot.facilityId(),
                facts.productCode(),
                facts.facilityId());
      }
      case DAY_PASSED ->
          new Refusal(
                  Refusal.Kind.UNPROCESSABLE,
                  "The option's collection day has passed; ask for options again")
              .withWords("refusal.booking.dayPassed");
      case SITE_CLOSED ->
          new Refusal(
                  Refusal.Kind.CONFLICT,
                  site
                      + " does not collect on "
                      + day
                      + " (blackout day or closed); ask for options again")
              .withWords("refusal.booking.siteClosed", site, day);
      case NO_LANE ->
          new Refusal(
                  Refusal.Kind.UNPROCESSABLE,
                  "No courier lane between "
                      + site
                      + ", "
                      + facts.facilityId()
                      + " and "
                      + facts.treatmentCentreId())
              .withWords(
                  "refusal.booking.noLane", site, facts.facilityId(), facts.treatmentCentreId());
      case OUTSIDE_WEEK -> {
        BookingFacts.OfferedSlot slot = facts.slot().orElseThrow();
        var arrival = facts.arrivalAtFacility().orElseThrow();
        yield new Refusal(
                Refusal.Kind.UNPROCESSABLE,
                "Cells collected on "
                    + day
                    + " would reach "
                    + slot.facilityId()
                    + " on "
                    + arrival
                    + ", outside the slot's week of "
                    + slot.weekStart())
            .withWords(
                "refusal.booking.outsideWeek", day, slot.facilityId(), arrival, slot.weekStart());
      }
    };
  }
}
