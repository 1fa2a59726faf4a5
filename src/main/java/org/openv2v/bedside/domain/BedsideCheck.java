package org.openv2v.bedside.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The two-person identity check at the bedside. Every reason is collected, not only the first, so
 * the verifiers see the whole picture. Autologous products may go only into the patient whose cells
 * they are: identifiers on the bag must match the patient, otherwise do not infuse (Yescarta,
 * Carvykti and Breyanzi labels; clinical-rules §7.2). Two verifiers as in FACT-JACIE practice for
 * cellular products.
 */
public final class BedsideCheck {

  private BedsideCheck() {}

  public static Verification check(BedsideFacts facts) {
    List<MismatchReason> reasons = new ArrayList<>();
    if (facts.wristbandDin().isEmpty()) {
      reasons.add(MismatchReason.WRISTBAND_UNREADABLE);
    } else if (!facts.wristbandDin().get().equals(facts.caseDin())) {
      reasons.add(MismatchReason.WRONG_PATIENT);
    }
    if (facts.bag().din().isEmpty()) {
      reasons.add(MismatchReason.BAG_UNREADABLE);
    } else {
      checkBag(facts, reasons);
    }
    if (facts.secondVerifier().isEmpty()) {
      reasons.add(MismatchReason.SECOND_VERIFIER_NOT_CONFIRMED);
    } else if (facts.secondVerifier().get().equals(facts.firstVerifier())) {
      reasons.add(MismatchReason.SAME_VERIFIER);
    }
    return new Verification(reasons.isEmpty() ? Verdict.MATCH : Verdict.MISMATCH, reasons);
  }

  private static void checkBag(BedsideFacts facts, List<MismatchReason> reasons) {
    if (!facts.bag().din().get().equals(facts.caseDin())) {
      reasons.add(MismatchReason.WRONG_CASE);
      return;
    }
    if (facts.bag().productBag().isEmpty()) {
      reasons.add(MismatchReason.NOT_A_PRODUCT_BAG);
      return;
    }
    if (!facts.released()) {
      reasons.add(MismatchReason.NOT_RELEASED);
    }
    if (!facts.receivedAtSite()) {
      reasons.add(MismatchReason.NOT_RECEIVED_AT_SITE);
    }
    if (facts.thawedAt().isEmpty()) {
      reasons.add(MismatchReason.NOT_THAWED);
    } else if (facts.thawLimit().isPresent()
        && facts.now().isAfter(facts.thawedAt().get().plus(facts.thawLimit().get()))) {
      reasons.add(MismatchReason.THAW_LIMIT_PASSED);
    }
  }
}
