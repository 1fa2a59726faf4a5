package org.openv2v.fhir.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.BiologicallyDerivedProduct;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Signature;
import org.hl7.fhir.r4.model.StringType;
import org.openv2v.custody.CustodyRecord;
import org.openv2v.custody.domain.CustodyStep;
import org.openv2v.custody.domain.Signatory;
import org.openv2v.identity.domain.UnitKind;

/** The case's signed custody steps as Provenance, with 21 CFR Part 11 signature manifestations. */
final class CustodyResources extends CaseParts {

  CustodyResources(CaseData data, ZoneId zone) {
    super(data, zone);
  }

  Provenance provenance(
      CustodyRecord record,
      Optional<BiologicallyDerivedProduct> apheresis,
      List<BiologicallyDerivedProduct> bags) {
    Provenance provenance = new Provenance();
    provenance.setId(id("custody-" + record.caseSequence()));
    List<Reference> targets = new ArrayList<>();
    for (String unit : record.units()) {
      Optional<UnitKind> kind = unitKind(unit);
      if (kind.isPresent() && kind.get() == UnitKind.APHERESIS && apheresis.isPresent()) {
        targets.add(new Reference("BiologicallyDerivedProduct/" + id("apheresis")));
      } else if (kind.flatMap(UnitKind::productBag).isPresent()) {
        String bagId = id("bag-" + kind.get().productBag().get());
        if (bags.stream().anyMatch(b -> b.getIdElement().getIdPart().equals(bagId))) {
          targets.add(new Reference("BiologicallyDerivedProduct/" + bagId));
        }
      }
    }
    if (targets.isEmpty()) {
      targets.add(serviceRequestRef());
    }
    targets.forEach(provenance::addTarget);
    provenance.setOccurred(at(record.deviceTime()));
    provenance.setRecorded(Date.from(record.serverTime()));
    provenance
        .getActivity()
        .addCoding(
            new Coding(
                Systems.CONCEPT,
                "custody-" + record.step().name().toLowerCase().replace('_', '-'),
                record.step().meaning()))
        .setText(record.step().name() + ": " + record.step().meaning());
    provenance
        .addAgent()
        .setType(participant("performer", "Performer"))
        .setWho(signer(record.signature()))
        .setOnBehalfOf(site(record.siteId()));
    record
        .witness()
        .ifPresent(
            witness ->
                provenance
                    .addAgent()
                    .setType(participant("attester", "Attester"))
                    .setWho(signer(witness)));
    provenance.addSignature(signature(record.signature(), record.serverTime()));
    record.witness().ifPresent(w -> provenance.addSignature(signature(w, record.serverTime())));
    provenance.addExtension(
        new Extension(Systems.CONTENT_HASH, new StringType(record.hashes().contentHash())));
    return provenance;
  }

  /** A provenance agent's role (FHIR R4 provenance participant type). */
  private static CodeableConcept participant(String code, String display) {
    return new CodeableConcept(
        new Coding(
            "http://terminology.hl7.org/CodeSystem/provenance-participant-type", code, display));
  }

  static Reference signer(Signatory signatory) {
    return new Reference()
        .setType("Practitioner")
        .setIdentifier(new Identifier().setSystem(Systems.USER).setValue(signatory.username()))
        .setDisplay(signatory.printedName() + " (" + signatory.role() + ")");
  }

  /** A 21 CFR 11.50 signature manifestation: printed name, time and meaning; no crypto blob. */
  static Signature signature(Signatory signatory, Instant when) {
    Signature signature = new Signature();
    boolean witness = CustodyStep.WITNESS_MEANING.equals(signatory.meaning());
    // ASTM E1762-95 signature types (FHIR R4 SignatureTypeCodes).
    signature.addType(
        new Coding(
            "urn:iso-astm:E1762-95:2013",
            witness ? "1.2.840.10065.1.12.1.9" : "1.2.840.10065.1.12.1.1",
            witness ? "Event Witness Signature" : "Author's Signature"));
    signature.setWhen(Date.from(when));
    signature.setWho(signer(signatory));
    return signature;
  }
}
