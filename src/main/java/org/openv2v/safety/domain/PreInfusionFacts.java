package org.openv2v.safety.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the gate knows about a case at the moment INFUSED is recorded.
 *
 * @param lymphodepletion the latest recorded course, if any
 * @param window the product's window for that course's indication, if known
 * @param today the infusion day (Asia/Seoul)
 * @param reservedDoses tocilizumab doses reserved for this patient at the treatment centre
 * @param requiredDoses doses required ({@code openv2v.safety.tocilizumab-doses-required})
 * @param signature the physician's latest checklist signature
 * @param signatureValidFor how long a signature stays valid
 */
public record PreInfusionFacts(
    Optional<Course> lymphodepletion,
    Optional<LymphodepletionRegimen.InfusionWindow> window,
    LocalDate today,
    int reservedDoses,
    int requiredDoses,
    Optional<Signature> signature,
    Instant now,
    Duration signatureValidFor) {

  /** A recorded lymphodepletion course. */
  public record Course(
      String productCode, String indication, LocalDate startedOn, Optional<LocalDate> finishedOn) {}

  /** The physician's attestations. */
  public record Signature(
      boolean noActiveInfection,
      boolean organFunctionAdequate,
      boolean noNewContraindications,
      String signedBy,
      Instant signedAt) {}
}
