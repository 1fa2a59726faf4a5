package org.openv2v.demo;

import java.util.ArrayList;
import java.util.List;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.cases.domain.Journey;
import org.openv2v.cases.domain.WithdrawalReason;

/**
 * The steps a demo case takes to reach its state, with typical days between them (Korea: about 25
 * days from collection to the product's return, korea-and-seed KR-25; lymphodepletion starts 4 days
 * before infusion and ends 2 days before, the labels' day −4 to −2 regimens in
 * reference/safety/lymphodepletion.json).
 */
final class DemoJourney {

  /** One step: the event and the days since the step before. */
  record Step(CaseEventType type, double daysAfterPrevious) {}

  private DemoJourney() {}

  static List<Step> stepsTo(DemoCaseFile.DemoCase demo) {
    List<Step> path = fullPath(demo);
    CaseState target =
        demo.journeyTo() == CaseState.WITHDRAWN
            ? withdrawnFrom(withdrawalReason(demo))
            : demo.journeyTo();
    List<Step> taken = prefixEndingAtLast(path, target);
    if (demo.journeyTo() == CaseState.WITHDRAWN) {
      taken.add(new Step(CaseEventType.WITHDRAWN, 3));
    }
    return taken;
  }

  private static List<Step> fullPath(DemoCaseFile.DemoCase demo) {
    List<Step> path =
        new ArrayList<>(
            List.of(
                new Step(CaseEventType.ELIGIBILITY_CONFIRMED, 7),
                new Step(CaseEventType.PAYER_APPROVED, 7),
                new Step(CaseEventType.APHERESIS_SCHEDULED, 7),
                new Step(CaseEventType.APHERESIS_COLLECTED, 5)));
    path.addAll(manufacturing());
    boolean fails = demo.manufacturingFails() || demo.outOfSpecAccepted();
    if (fails) {
      path.set(path.size() - 1, new Step(CaseEventType.MANUFACTURING_FAILED, 19));
      if (demo.outOfSpecAccepted()) {
        path.add(new Step(CaseEventType.OUT_OF_SPEC_ACCEPTED, 2));
      } else {
        path.add(new Step(CaseEventType.APHERESIS_SCHEDULED, 3));
        path.add(new Step(CaseEventType.APHERESIS_COLLECTED, 5));
        path.addAll(manufacturing());
      }
    }
    path.addAll(
        List.of(
            new Step(CaseEventType.SHIPPED_TO_SITE, 2),
            new Step(CaseEventType.RECEIVED_AT_SITE, 2),
            new Step(CaseEventType.LYMPHODEPLETION_STARTED, 2),
            new Step(CaseEventType.INFUSED, lymphodepletionDays(demo)),
            new Step(CaseEventType.MONITORING_STARTED, 0.05),
            new Step(CaseEventType.FOLLOW_UP_STARTED, 28),
            new Step(CaseEventType.CLOSED, 90)));
    return path;
  }

  /**
   * Days from the first lymphodepletion dose to infusion: day −5 for tisa-cel in B-ALL, day −4 for
   * the other demo regimens (reference/safety/lymphodepletion.json, from the labels).
   */
  static int lymphodepletionDays(DemoCaseFile.DemoCase demo) {
    return "B-ALL".equals(demo.indication()) ? 5 : 4;
  }

  private static List<Step> manufacturing() {
    return List.of(
        new Step(CaseEventType.SHIPPED_TO_MANUFACTURER, 1),
        new Step(CaseEventType.MANUFACTURING_STARTED, 2),
        new Step(CaseEventType.PRODUCT_RELEASED, 19));
  }

  /** The demo file may leave the reason out; progression is the commonest (T-3: 34%). */
  static WithdrawalReason withdrawalReason(DemoCaseFile.DemoCase demo) {
    return demo.withdrawalReason() == null ? WithdrawalReason.PROGRESSION : demo.withdrawalReason();
  }

  /** Where withdrawals of each kind typically happen. */
  private static CaseState withdrawnFrom(WithdrawalReason reason) {
    return switch (reason) {
      case INELIGIBLE -> CaseState.REFERRED;
      case PAYER_REFUSAL -> CaseState.ELIGIBILITY_CONFIRMED;
      case PATIENT_CHOICE -> CaseState.PAYER_APPROVED;
      case PROGRESSION, DEATH -> CaseState.IN_MANUFACTURING;
    };
  }

  private static List<Step> prefixEndingAtLast(List<Step> path, CaseState target) {
    List<Step> taken = new ArrayList<>();
    CaseState state = CaseState.REFERRED;
    int end = target == CaseState.REFERRED ? 0 : -1;
    for (int i = 0; i < path.size(); i++) {
      state = Journey.next(state, path.get(i).type()).orElseThrow();
      if (state == target) {
        end = i + 1;
      }
    }
    if (end < 0) {
      throw new IllegalArgumentException("The demo path never reaches " + target);
    }
    taken.addAll(path.subList(0, end));
    return taken;
  }
}
