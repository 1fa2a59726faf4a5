package org.openv2v.fhir.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.openv2v.cases.Patient;
import org.openv2v.cases.Referral;
import org.openv2v.cases.Sex;
import org.openv2v.shared.Refusal;

/**
 * Reads a referral out of a FHIR transaction bundle: one Patient (name, birth date, gender, record
 * number), one ServiceRequest (product and indication coded, the treatment centre as performer),
 * and the body weight and height as Observations (LOINC 29463-7 in kg, 8302-2 in cm), because doses
 * are calculated from them. Each problem is refused naming its FHIR path.
 */
public final class ReferralBundles {

  private ReferralBundles() {}

  public static Referral referral(Bundle bundle) {
    if (bundle.getType() != Bundle.BundleType.TRANSACTION) {
      throw Refusal.invalidField("Bundle.type", "must be transaction")
          .withWords("refusal.fhir.bundleType");
    }
    for (int n = 0; n < bundle.getEntry().size(); n++) {
      Resource resource = bundle.getEntry().get(n).getResource();
      String type = resource == null ? "nothing" : resource.fhirType();
      if (!List.of("Patient", "ServiceRequest", "Observation").contains(type)) {
        throw Refusal.invalidField(
                "Bundle.entry[" + n + "].resource",
                "holds "
                    + type
                    + "; a referral holds a Patient, a ServiceRequest and the body weight and height"
                    + " Observations")
            .withWords("refusal.fhir.entryType", type);
      }
    }
    org.hl7.fhir.r4.model.Patient patient = only(bundle, org.hl7.fhir.r4.model.Patient.class);
    ServiceRequest order = only(bundle, ServiceRequest.class);
    return new Referral(
        new Patient(
            name(patient),
            birthDate(patient),
            sex(patient),
            measure(bundle, "29463-7", "kg", "body weight"),
            measure(bundle, "8302-2", "cm", "body height"),
            mrn(patient)),
        code(order.getCode().getCoding(), Systems.PRODUCT, "ServiceRequest.code"),
        code(
            order.getReasonCode().stream().flatMap(c -> c.getCoding().stream()).toList(),
            Systems.INDICATION,
            "ServiceRequest.reasonCode"),
        site(order.getPerformer(), "ServiceRequest.performer")
            .orElseThrow(
                () ->
                    Refusal.invalidField(
                            "ServiceRequest.performer",
                            "must name the treatment centre by identifier (system "
                                + Systems.SITE
                                + ")")
                        .withWords("refusal.fhir.performer", Systems.SITE)),
        site(order.getLocationReference(), "ServiceRequest.locationReference").orElse(null),
        order.hasAuthoredOn() ? order.getAuthoredOn().toInstant() : null);
  }

  private static <T extends Resource> T only(Bundle bundle, Class<T> type) {
    List<T> found =
        bundle.getEntry().stream()
            .map(Bundle.BundleEntryComponent::getResource)
            .filter(type::isInstance)
            .map(type::cast)
            .toList();
    if (found.size() != 1) {
      throw Refusal.invalidField(
              "Bundle.entry",
              "must hold exactly one " + type.getSimpleName() + "; found " + found.size())
          .withWords("refusal.fhir.exactlyOne", type.getSimpleName(), found.size());
    }
    return found.get(0);
  }

  private static String name(org.hl7.fhir.r4.model.Patient patient) {
    if (!patient.hasName()) {
      throw Refusal.invalidField("Patient.name", "is required").withWords("refusal.field.required");
    }
    var name = patient.getNameFirstRep();
    String text =
        name.hasText()
            ? name.getText()
            : String.join(
                    " ",
                    name.getGivenAsSingleString(),
                    name.getFamily() == null ? "" : name.getFamily())
                .strip();
    if (text.isBlank()) {
      throw Refusal.invalidField("Patient.name", "has neither text nor given and family names")
          .withWords("refusal.fhir.nameParts");
    }
    return text.strip();
  }

  private static LocalDate birthDate(org.hl7.fhir.r4.model.Patient patient) {
    if (!patient.hasBirthDate()
        || patient.getBirthDateElement().getPrecision()
            != ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY) {
      throw Refusal.invalidField("Patient.birthDate", "is required as a full date (YYYY-MM-DD)")
          .withWords("refusal.fhir.birthDate");
    }
    return LocalDate.parse(patient.getBirthDateElement().getValueAsString());
  }

  private static Sex sex(org.hl7.fhir.r4.model.Patient patient) {
    if (!patient.hasGender()) {
      throw Refusal.invalidField("Patient.gender", "is required")
          .withWords("refusal.field.required");
    }
    return switch (patient.getGender()) {
      case FEMALE -> Sex.FEMALE;
      case MALE -> Sex.MALE;
      case OTHER -> Sex.OTHER;
      default -> Sex.UNKNOWN;
    };
  }

  private static String mrn(org.hl7.fhir.r4.model.Patient patient) {
    return patient.getIdentifier().stream()
        .filter(i -> i.hasValue())
        .filter(i -> !i.hasSystem() || i.getSystem().startsWith(Systems.MRN))
        .map(i -> i.getValue())
        .findFirst()
        .orElseThrow(
            () ->
                Refusal.invalidField(
                        "Patient.identifier",
                        "must hold the medical record number (system " + Systems.MRN + "/<centre>)")
                    .withWords("refusal.fhir.mrn", Systems.MRN));
  }

  private static BigDecimal measure(Bundle bundle, String loinc, String unit, String what) {
    List<Quantity> values =
        bundle.getEntry().stream()
            .map(Bundle.BundleEntryComponent::getResource)
            .filter(Observation.class::isInstance)
            .map(Observation.class::cast)
            .filter(
                o ->
                    o.getCode().getCoding().stream()
                        .anyMatch(
                            c -> Systems.LOINC.equals(c.getSystem()) && loinc.equals(c.getCode())))
            .map(o -> o.hasValueQuantity() ? o.getValueQuantity() : new Quantity())
            .toList();
    String path = "Observation[" + loinc + "].valueQuantity";
    if (values.size() != 1) {
      throw Refusal.invalidField(
              "Observation",
              "must hold exactly one " + what + " (LOINC " + loinc + "); found " + values.size())
          .withWords("refusal.fhir.observationCount", what, loinc, values.size());
    }
    Quantity value = values.get(0);
    if (!value.hasValue() || !unit.equals(value.getCode())) {
      throw Refusal.invalidField(
              path, "must be a " + what + " in " + unit + " (UCUM code " + unit + ")")
          .withWords("refusal.fhir.quantityUnit", what, unit);
    }
    return value.getValue();
  }

  private static String code(List<Coding> codings, String system, String path) {
    return codings.stream()
        .filter(c -> system.equals(c.getSystem()) && c.hasCode())
        .map(Coding::getCode)
        .findFirst()
        .orElseThrow(
            () ->
                Refusal.invalidField(path, "must carry a code of " + system)
                    .withWords("refusal.fhir.coding", system));
  }

  private static Optional<String> site(List<Reference> references, String path) {
    return references.stream()
        .filter(r -> r.hasIdentifier() && Systems.SITE.equals(r.getIdentifier().getSystem()))
        .map(r -> r.getIdentifier().getValue())
        .findFirst();
  }
}
