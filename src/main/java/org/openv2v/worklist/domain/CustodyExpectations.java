package org.openv2v.worklist.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.custody.domain.CustodyStep;

/**
 * Which signed custody records a case's journey implies, and which of them its ledger lacks. Each
 * journey event that moves the cells has a custody step (as the demo signs them and as
 * docs/logistics.md brackets shipments): collection, the handover to the courier, receipt and
 * release at the manufacturer, the return shipment (SHIPPED, or HANDED_TO_COURIER at the
 * manufacturer), receipt at the centre, and the infusion. The state tells how far the journey got;
 * a failed manufacture stands where manufacturing started.
 */
public final class CustodyExpectations {

  /** The states of the journey that moves the cells, in order. */
  private static final List<CaseState> PATH =
      CaseState.mainPath().stream().filter(state -> state != CaseState.CLOSED).toList();

  private record Expected(CustodyStep step, CaseState reached, Party signer) {}

  private static final List<Expected> EXPECTED =
      List.of(
          new Expected(CustodyStep.COLLECTED, CaseState.APHERESIS_COLLECTED, Party.TEAM),
          new Expected(
              CustodyStep.HANDED_TO_COURIER, CaseState.SHIPPED_TO_MANUFACTURER, Party.COURIER),
          new Expected(
              CustodyStep.RECEIVED_BY_MANUFACTURER, CaseState.IN_MANUFACTURING, Party.MANUFACTURER),
          new Expected(CustodyStep.RELEASED, CaseState.RELEASED, Party.MANUFACTURER),
          new Expected(CustodyStep.SHIPPED, CaseState.SHIPPED_TO_SITE, Party.MANUFACTURER),
          new Expected(CustodyStep.RECEIVED_AT_SITE, CaseState.RECEIVED_AT_SITE, Party.TEAM),
          new Expected(CustodyStep.INFUSED, CaseState.INFUSED, Party.TEAM));

  private CustodyExpectations() {}

  /**
   * The steps the journey to {@code state} has passed that no record in {@code ledger} stands for.
   * Ended cases are not asked for signatures. A case collected twice after a failed manufacture is
   * satisfied by one record of each step: the ledger is read as a set, not counted.
   */
  public static List<MissingSignature> missing(
      CaseState state, List<SignedStep> ledger, String manufacturingSiteId) {
    Optional<Integer> reached = rank(state);
    if (reached.isEmpty()) {
      return List.of();
    }
    List<MissingSignature> missing = new ArrayList<>();
    for (Expected expected : EXPECTED) {
      int at = PATH.indexOf(expected.reached());
      if (at > reached.get() || signed(expected.step(), ledger, manufacturingSiteId)) {
        continue;
      }
      missing.add(
          new MissingSignature(
              expected.step(), expected.reached(), expected.signer(), expected.reached() == state));
    }
    return missing;
  }

  private static Optional<Integer> rank(CaseState state) {
    if (state == CaseState.MANUFACTURING_FAILED) {
      return Optional.of(PATH.indexOf(CaseState.IN_MANUFACTURING));
    }
    int at = PATH.indexOf(state);
    return at < 0 ? Optional.empty() : Optional.of(at);
  }

  private static boolean signed(CustodyStep step, List<SignedStep> ledger, String manufacturer) {
    return switch (step) {
      // Outbound: the handover away from the manufacturer.
      case HANDED_TO_COURIER ->
          ledger.stream()
              .anyMatch(
                  r ->
                      r.step() == CustodyStep.HANDED_TO_COURIER
                          && !r.siteId().equals(manufacturer));
      // Return: shipped, or handed to the courier at the manufacturer.
      case SHIPPED ->
          ledger.stream()
              .anyMatch(
                  r ->
                      r.step() == CustodyStep.SHIPPED
                          || r.step() == CustodyStep.HANDED_TO_COURIER
                              && r.siteId().equals(manufacturer));
      default -> ledger.stream().anyMatch(r -> r.step() == step);
    };
  }
}
