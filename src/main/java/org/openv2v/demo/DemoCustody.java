package org.openv2v.demo;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.bedside.BedsideRequest;
import org.openv2v.bedside.BedsideVerifications;
import org.openv2v.bedside.domain.Verdict;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.custody.Credentials;
import org.openv2v.custody.Custody;
import org.openv2v.custody.NewCustodyEvent;
import org.openv2v.custody.domain.Condition;
import org.openv2v.custody.domain.CustodyStep;
import org.openv2v.identity.domain.Din;
import org.openv2v.identity.domain.UnitKind;
import org.openv2v.safety.InfusionPreparation;
import org.openv2v.security.Role;
import org.springframework.stereotype.Component;

/**
 * Signs the custody steps and the bedside check that go with a demo case's journey, as the demo
 * users would (their passwords are their names), so that demo cases pass the same hard stops as
 * real ones.
 */
@Component
@RequiredArgsConstructor
class DemoCustody {

  private final Custody custody;
  private final BedsideVerifications bedside;
  private final InfusionPreparation safety;

  /** What must be signed before the case event may be recorded. */
  void before(CaseEventType type, Instant at, CaseView opened, Set<String> allSites) {
    if (type == CaseEventType.INFUSED) {
      safety.prepare(opened.id(), DemoUsers.seeding(Role.PHYSICIAN, allSites));
      sign(
          CustodyStep.THAWED, at, opened.treatmentCentreId(), UnitKind.PRODUCT_1, opened, allSites);
      var result =
          bedside.verify(
              opened.id(),
              new BedsideRequest(
                  Din.parse(opened.din()).eyeReadable(),
                  unit(opened, UnitKind.PRODUCT_1),
                  new BedsideRequest.SecondVerifier("physician", "physician")),
              DemoUsers.seeding(Role.NURSE, allSites));
      if (result.result() != Verdict.MATCH) {
        throw new IllegalStateException("Demo bedside check failed: " + result.reasons());
      }
    }
  }

  /** What is signed once the case event is recorded. */
  void after(CaseEventType type, Instant at, CaseView opened, Set<String> allSites) {
    switch (type) {
      case APHERESIS_COLLECTED ->
          sign(
              CustodyStep.COLLECTED,
              at,
              opened.apheresisSiteId(),
              UnitKind.APHERESIS,
              opened,
              allSites);
      case SHIPPED_TO_MANUFACTURER ->
          sign(
              CustodyStep.HANDED_TO_COURIER,
              at,
              opened.courierSiteId(),
              UnitKind.APHERESIS,
              opened,
              allSites);
      case MANUFACTURING_STARTED ->
          sign(
              CustodyStep.RECEIVED_BY_MANUFACTURER,
              at,
              opened.manufacturingSiteId(),
              UnitKind.APHERESIS,
              opened,
              allSites);
      case PRODUCT_RELEASED, OUT_OF_SPEC_ACCEPTED ->
          sign(
              CustodyStep.RELEASED,
              at,
              opened.manufacturingSiteId(),
              UnitKind.PRODUCT_1,
              opened,
              allSites);
      case SHIPPED_TO_SITE ->
          sign(
              CustodyStep.SHIPPED,
              at,
              opened.courierSiteId(),
              UnitKind.PRODUCT_1,
              opened,
              allSites);
      case RECEIVED_AT_SITE ->
          sign(
              CustodyStep.RECEIVED_AT_SITE,
              at,
              opened.treatmentCentreId(),
              UnitKind.PRODUCT_1,
              opened,
              allSites);
      case INFUSED ->
          sign(
              CustodyStep.INFUSED,
              at,
              opened.treatmentCentreId(),
              UnitKind.PRODUCT_1,
              opened,
              allSites);
      default -> {}
    }
  }

  private void sign(
      CustodyStep step,
      Instant at,
      String site,
      UnitKind unit,
      CaseView opened,
      Set<String> allSites) {
    if (!DemoUsers.CLINICAL_SITES.contains(opened.treatmentCentreId())) {
      // The demo staff sign only where they work; cases elsewhere show their journey only.
      return;
    }
    Role signer = signerOf(step);
    String password = signer.name().toLowerCase();
    boolean witnessed = custody.requiresWitness(opened.productCode(), step);
    custody.sign(
        opened.id(),
        new NewCustodyEvent(
            UUID.randomUUID(),
            step,
            site,
            List.of(unit(opened, unit)),
            at,
            Condition.INTACT,
            Optional.empty(),
            Optional.empty(),
            witnessed ? Optional.of("physician") : Optional.empty()),
        password,
        witnessed ? Optional.of(new Credentials("physician", "physician")) : Optional.empty(),
        DemoUsers.seeding(signer, allSites));
  }

  private static Role signerOf(CustodyStep step) {
    return switch (step) {
      case HANDED_TO_COURIER, SHIPPED -> Role.COURIER;
      case RECEIVED_BY_MANUFACTURER, RELEASED -> Role.MANUFACTURER;
      default -> Role.NURSE;
    };
  }

  private static String unit(CaseView opened, UnitKind unit) {
    return Din.parse(opened.din()).barcodeData(unit);
  }
}
