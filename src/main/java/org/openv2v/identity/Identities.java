package org.openv2v.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.openv2v.identity.domain.Din;
import org.openv2v.identity.domain.DinCheck;
import org.openv2v.identity.domain.DinReading;
import org.openv2v.identity.internal.DinSequences;
import org.openv2v.shared.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chain-of-identity numbers: gives each case its ISBT 128 Donation Identification Number and checks
 * identifiers as scanned or typed. The Facility Identification Number comes from {@code
 * openv2v.identity.facility}; in demo mode it defaults to {@value #DEMO_FACILITY}.
 */
@Service
public class Identities {

  /**
   * ICCBBA reserves FINs A9990-A9999 for validation, country code XA (ST-001 v6.2.2 §2.4.1 via the
   * ICCBBA Registered Facilities database; clinical-rules §10.1). No real unit carries them.
   */
  public static final String DEMO_FACILITY = "A9999";

  static final String FACILITY_PROPERTY = "openv2v.identity.facility";

  private final DinSequences sequences;
  private final Clock clock;
  private final ZoneId zone;
  private final String facility;

  Identities(
      DinSequences sequences,
      Clock clock,
      ZoneId zone,
      @Value("${" + FACILITY_PROPERTY + ":}") String facility,
      @Value("${openv2v.demo:false}") boolean demo) {
    this.sequences = sequences;
    this.clock = clock;
    this.zone = zone;
    this.facility = facility(facility, demo);
  }

  /**
   * The FIN to allocate under: the configured one, or {@value #DEMO_FACILITY} in demo mode.
   *
   * @throws IllegalStateException naming the property, when there is none outside demo mode or it
   *     is not a FIN; the platform then does not start
   */
  static String facility(String configured, boolean demo) {
    String fin = configured == null ? "" : configured.strip();
    if (fin.isEmpty()) {
      if (demo) {
        return DEMO_FACILITY;
      }
      throw new FacilityNotConfigured(
          "No Facility Identification Number: set "
              + FACILITY_PROPERTY
              + " to the 5-character FIN ICCBBA registered for this deployment (such as"
              + " --"
              + FACILITY_PROPERTY
              + "=G1517). Demo mode uses "
              + DEMO_FACILITY
              + ", a FIN ICCBBA reserves for validation.");
    }
    if (!Din.isFacility(fin)) {
      throw new FacilityNotConfigured(
          FACILITY_PROPERTY
              + "="
              + fin
              + " is not a Facility Identification Number: 5 characters, the first A-N, P-Z or"
              + " 1-9, then two of A-N, P-Z or 0-9, then two digits (ISBT 128 ST-001 §2.4.1).");
    }
    return fin;
  }

  /** The FIN this deployment allocates DINs under. */
  public String facility() {
    return facility;
  }

  /**
   * The next DIN of this facility in the current year in the network's time zone ({@code
   * openv2v.zone}). It joins the caller's transaction: a rolled-back caller gives its number back.
   *
   * @throws Refusal (conflict) when the facility has given all 999,999 numbers of the year
   */
  @Transactional
  public Din allocate() {
    return allocate(facility, LocalDate.now(clock.withZone(zone)).getYear());
  }

  /** The next DIN of a facility in a calendar year. */
  @Transactional
  Din allocate(String facility, int year) {
    int sequence =
        sequences
            .next(facility, year, Din.MAX_SEQUENCE)
            .orElseThrow(
                () ->
                    new Refusal(
                            Refusal.Kind.CONFLICT,
                            "No DIN is left for facility "
                                + facility
                                + " in "
                                + year
                                + ": all "
                                + Din.MAX_SEQUENCE
                                + " sequence numbers of the year are used. A second Facility"
                                + " Identification Number from ICCBBA is needed ("
                                + FACILITY_PROPERTY
                                + ").")
                        .withWords(
                            "refusal.identity.dinExhausted",
                            facility,
                            year,
                            Din.MAX_SEQUENCE,
                            FACILITY_PROPERTY));
    return new Din(facility, year % 100, sequence);
  }

  /** Reads an identifier in any form a scanner or a person produces; never throws. */
  public DinCheck check(String text) {
    return DinReading.read(text);
  }
}
