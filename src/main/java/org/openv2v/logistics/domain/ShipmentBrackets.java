package org.openv2v.logistics.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openv2v.custody.CustodyRecord;
import org.openv2v.custody.domain.CustodyStep;

/**
 * The custody records at either end of a shipment: the handover to the courier and the receipt. The
 * n-th shipment of a leg (in booking order) goes with the n-th handover on that leg, and its
 * receipt is the first on that leg after the handover; the scans stay in the custody ledger.
 */
public final class ShipmentBrackets {

  private ShipmentBrackets() {}

  /** The handover and the receipt, either possibly missing. */
  public record Bracket(Optional<CustodyRecord> handedOver, Optional<CustodyRecord> received) {}

  public static Bracket of(
      List<CustodyRecord> ledger, Leg leg, int nthOfLeg, String manufacturerSiteId) {
    CustodyStep arrivalStep =
        leg == Leg.TO_MANUFACTURER
            ? CustodyStep.RECEIVED_BY_MANUFACTURER
            : CustodyStep.RECEIVED_AT_SITE;
    List<Bracket> trips = new ArrayList<>();
    CustodyRecord open = null;
    for (CustodyRecord r : ledger) {
      // A second handover before a receipt (manufacturer, then courier) is the same trip.
      if (open == null && isDeparture(r, leg, manufacturerSiteId)) {
        open = r;
      } else if (open != null && r.step() == arrivalStep) {
        trips.add(new Bracket(Optional.of(open), Optional.of(r)));
        open = null;
      }
    }
    if (open != null) {
      trips.add(new Bracket(Optional.of(open), Optional.empty()));
    }
    return nthOfLeg < trips.size()
        ? trips.get(nthOfLeg)
        : new Bracket(Optional.empty(), Optional.empty());
  }

  private static boolean isDeparture(CustodyRecord r, Leg leg, String manufacturerSiteId) {
    boolean atManufacturer = r.siteId().equals(manufacturerSiteId);
    return switch (leg) {
      case TO_MANUFACTURER -> r.step() == CustodyStep.HANDED_TO_COURIER && !atManufacturer;
      case TO_TREATMENT_CENTRE ->
          r.step() == CustodyStep.SHIPPED
              || r.step() == CustodyStep.HANDED_TO_COURIER && atManufacturer;
    };
  }
}
