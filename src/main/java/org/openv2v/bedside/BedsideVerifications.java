package org.openv2v.bedside;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.bedside.domain.BagScan;
import org.openv2v.bedside.domain.BedsideCheck;
import org.openv2v.bedside.domain.BedsideFacts;
import org.openv2v.bedside.domain.Verification;
import org.openv2v.bedside.internal.VerificationRows;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.cases.InfusionClearance;
import org.openv2v.custody.CustodyLedger;
import org.openv2v.custody.CustodyRecord;
import org.openv2v.custody.domain.CustodyStep;
import org.openv2v.identity.Identities;
import org.openv2v.identity.domain.DinCheck;
import org.openv2v.network.Network;
import org.openv2v.network.Product;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.openv2v.security.UserAccounts;
import org.openv2v.shared.Refusal;
import org.openv2v.shared.StoredTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two-person identity check at the bedside, and the hard stop it gives: a case cannot be
 * recorded as infused without a MATCH recorded after the product was thawed. Every check is
 * recorded, whatever its answer.
 */
@Service
@RequiredArgsConstructor
public class BedsideVerifications implements InfusionClearance {

  private final Cases cases;
  private final CustodyLedger custody;
  private final Identities identities;
  private final Network network;
  private final UserAccounts accounts;
  private final VerificationRows verifications;
  private final Clock clock;

  @Transactional
  public BedsideResult verify(UUID caseId, BedsideRequest request, Actor first) {
    if (!first.is(Role.PHYSICIAN, Role.NURSE)) {
      throw Refusal.forbidden("Bedside verification is done by physicians and nurses")
          .withWords("refusal.bedside.roles");
    }
    CaseView found = cases.find(caseId, first);
    if (!first.worksAt(found.treatmentCentreId())) {
      throw Refusal.forbidden("You do not work at " + found.treatmentCentreId())
          .withWords("refusal.site.notYours", found.treatmentCentreId());
    }
    Optional<String> second =
        accounts
            .verify(request.secondVerifier().username(), request.secondVerifier().password())
            .filter(actor -> actor.is(Role.PHYSICIAN, Role.NURSE))
            .filter(actor -> actor.worksAt(found.treatmentCentreId()))
            .map(Actor::username);
    DinCheck bag = identities.check(request.bag());
    List<CustodyRecord> ledger = custody.records(caseId);
    Optional<Instant> thawedAt = lastOf(ledger, CustodyStep.THAWED, bag, Optional.empty());
    Optional<Duration> limit = thawLimit(found.productCode());
    Instant now = StoredTime.now(clock);
    BedsideFacts facts =
        new BedsideFacts(
            found.din(),
            din(identities.check(request.wristband())),
            new BagScan(din(bag), bag.productBag()),
            lastOf(ledger, CustodyStep.RELEASED, bag, Optional.empty()).isPresent(),
            lastOf(
                    ledger,
                    CustodyStep.RECEIVED_AT_SITE,
                    bag,
                    Optional.of(found.treatmentCentreId()))
                .isPresent(),
            thawedAt,
            limit,
            now,
            first.username(),
            second);
    Verification verification = BedsideCheck.check(facts);
    UUID id = UUID.randomUUID();
    verifications.insert(
        new VerificationRows.Row(
            id,
            caseId,
            now,
            first.username(),
            request.secondVerifier().username(),
            second.isPresent(),
            request.wristband(),
            request.bag(),
            verification.result(),
            verification.reasons(),
            thawedAt));
    return new BedsideResult(
        id,
        caseId,
        verification.result(),
        verification.reasons().stream().map(BedsideResult.Reason::of).toList(),
        now,
        first.username(),
        request.secondVerifier().username(),
        thawedAt,
        thawedAt.flatMap(thaw -> limit.map(thaw::plus)));
  }

  @Override
  public Optional<String> refusal(UUID caseId) {
    Optional<Instant> thawed =
        custody.records(caseId).stream()
            .filter(record -> record.step() == CustodyStep.THAWED)
            .map(CustodyRecord::serverTime)
            .max(Instant::compareTo);
    if (thawed.isEmpty()) {
      return Optional.of("no thaw of a product bag is signed in the custody ledger");
    }
    Optional<Instant> match = verifications.latestMatch(caseId);
    if (match.isEmpty() || match.get().isBefore(thawed.get())) {
      return Optional.of(
          "no bedside verification MATCH is recorded after the thaw at " + thawed.get());
    }
    return Optional.empty();
  }

  private Optional<Duration> thawLimit(String productCode) {
    return network
        .product(productCode)
        .map(Product::handling)
        .flatMap(handling -> Optional.ofNullable(handling.thawToInfusionMinutes()))
        .map(Duration::ofMinutes);
  }

  /** When the step was last signed for the scanned bag, at the given site if one is named. */
  private Optional<Instant> lastOf(
      List<CustodyRecord> ledger, CustodyStep step, DinCheck bag, Optional<String> site) {
    if (!bag.valid()) {
      return Optional.empty();
    }
    return ledger.stream()
        .filter(record -> record.step() == step)
        .filter(record -> site.isEmpty() || site.get().equals(record.siteId()))
        .filter(record -> record.units().stream().anyMatch(unit -> sameUnit(unit, bag)))
        .map(CustodyRecord::serverTime)
        .max(Instant::compareTo);
  }

  private boolean sameUnit(String scanned, DinCheck bag) {
    DinCheck unit = identities.check(scanned);
    return unit.valid() && unit.din().equals(bag.din()) && unit.unit().equals(bag.unit());
  }

  private static Optional<String> din(DinCheck reading) {
    return reading.din().map(din -> din.text());
  }
}
