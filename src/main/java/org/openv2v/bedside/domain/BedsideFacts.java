package org.openv2v.bedside.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Everything the check needs, gathered from the case, the custody ledger and the catalogue.
 *
 * @param caseDin the case's chain-of-identity DIN
 * @param wristbandDin the DIN read from the wristband, if it could be read
 * @param bag the scanned bag
 * @param released whether a release of this bag is signed
 * @param receivedAtSite whether a receipt of this bag at the treatment centre is signed
 * @param thawedAt when the thaw of this bag was signed, if it was
 * @param thawLimit the product's limit from thaw to infusion, if the catalogue has one
 * @param now the time of the check
 * @param firstVerifier who asks for the check
 * @param secondVerifier the second person, if their credentials were confirmed
 */
public record BedsideFacts(
    String caseDin,
    Optional<String> wristbandDin,
    BagScan bag,
    boolean released,
    boolean receivedAtSite,
    Optional<Instant> thawedAt,
    Optional<Duration> thawLimit,
    Instant now,
    String firstVerifier,
    Optional<String> secondVerifier) {}
