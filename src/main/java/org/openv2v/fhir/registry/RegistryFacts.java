package org.openv2v.fhir.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the platform knows of one case that registry forms ask for, in plain values. Dates are
 * calendar days in the network's zone.
 */
public record RegistryFacts(
    String caseReference,
    String din,
    LocalDate birthDate,
    String sex,
    BigDecimal weightKg,
    BigDecimal heightCm,
    String treatmentCentreId,
    String productCode,
    String productName,
    String genericName,
    String marketingHolder,
    String target,
    String indication,
    String indicationDescription,
    String manufacturingSiteId,
    Optional<LocalDate> apheresisOn,
    Optional<LocalDate> releasedOn,
    Optional<LocalDate> infusedOn,
    List<Integer> productBags,
    Optional<LocalDate> lymphodepletionStartedOn,
    Optional<LocalDate> lymphodepletionFinishedOn,
    Optional<Toxicity> crs,
    Optional<Toxicity> icans,
    List<Response> responses,
    boolean withdrawn) {

  /** A CRS or ICANS episode: first graded at least 1, its highest ASTCT grade, resolution. */
  public record Toxicity(LocalDate onset, int highestGrade, Optional<LocalDate> resolvedOn) {}

  /** A response assessed at a follow-up item (Lugano 2014), with the day it was done. */
  public record Response(LocalDate on, String response) {}

  public RegistryFacts {
    productBags = List.copyOf(productBags);
    responses = List.copyOf(responses);
  }
}
