package org.openv2v.fhir.internal;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.BiologicallyDerivedProduct;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.openv2v.cases.Sex;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.custody.CustodyRecord;
import org.openv2v.safety.Assessments;

/**
 * One case as FHIR R4 resources, for one caller. Patient resources, the patient's name, birth date
 * and record number, and references to the Patient appear only when {@link
 * CaseData#identityShown()} is set; otherwise subjects are references by the case's reference
 * alone. docs/fhir.md maps each element.
 */
public final class CaseResources extends CaseParts {

  private final ProductResources products;
  private final SafetyResources safety;
  private final CustodyResources custodySteps;

  private CaseResources(CaseData data, ZoneId zone) {
    super(data, zone);
    this.products = new ProductResources(data, zone);
    this.safety = new SafetyResources(data, zone);
    this.custodySteps = new CustodyResources(data, zone);
  }

  /** Every resource of the case the caller may see, Patient first. */
  public static List<Resource> of(CaseData data, ZoneId zone) {
    return new CaseResources(data, zone).all();
  }

  /** The case id a resource id of this API starts with, if it has one. */
  public static Optional<UUID> caseIdOf(String resourceId) {
    if (resourceId == null || resourceId.length() < 36) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(resourceId.substring(0, 36)));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }

  private List<Resource> all() {
    List<Resource> resources = new ArrayList<>();
    if (data.identityShown()) {
      resources.add(patient());
    }
    resources.add(bodyMeasure("weight", "29463-7", "Body weight", view.patient().weightKg(), "kg"));
    resources.add(bodyMeasure("height", "8302-2", "Body height", view.patient().heightCm(), "cm"));
    resources.add(serviceRequest());
    Optional<BiologicallyDerivedProduct> apheresis = products.apheresisProduct();
    apheresis.ifPresent(resources::add);
    List<BiologicallyDerivedProduct> bags = products.bags();
    resources.addAll(bags);
    event(CaseEventType.APHERESIS_COLLECTED)
        .ifPresent(
            collected ->
                resources.add(
                    products.procedure(
                        "apheresis",
                        "apheresis",
                        "Leukapheresis (collection of the patient's T cells)",
                        collected.occurredAt(),
                        collected.siteId(),
                        apheresis.map(List::of).orElse(List.of()))));
    for (int n = 0; n < data.courses().size(); n++) {
      resources.add(products.lymphodepletion(data.courses().get(n), n + 1));
    }
    Optional<Procedure> infusion =
        event(CaseEventType.INFUSED)
            .map(
                infused ->
                    products.procedure(
                        "infusion",
                        "car-t-infusion",
                        "Infusion of the CAR T-cell product",
                        infused.occurredAt(),
                        infused.siteId(),
                        List.copyOf(bags)));
    infusion.ifPresent(resources::add);
    for (Assessments.AssessmentView assessment : data.assessments()) {
      resources.add(safety.observation(assessment));
    }
    safety.adverseEvent(Assessments.Kind.CRS, infusion).ifPresent(resources::add);
    safety.adverseEvent(Assessments.Kind.ICANS, infusion).ifPresent(resources::add);
    if (!data.followUps().isEmpty()) {
      resources.add(safety.carePlan());
    }
    for (CustodyRecord record : data.custody()) {
      resources.add(custodySteps.provenance(record, apheresis, bags));
    }
    return resources;
  }

  private org.hl7.fhir.r4.model.Patient patient() {
    org.hl7.fhir.r4.model.Patient patient = new org.hl7.fhir.r4.model.Patient();
    patient.setId(view.id().toString());
    patient
        .addIdentifier()
        .setUse(Identifier.IdentifierUse.USUAL)
        .setSystem(Systems.MRN + "/" + view.treatmentCentreId())
        .setValue(view.patient().mrn())
        .setAssigner(site(view.treatmentCentreId()));
    patient.addName().setText(view.patient().name()).setUse(HumanName.NameUse.OFFICIAL);
    patient.setBirthDateElement(
        new org.hl7.fhir.r4.model.DateType(view.patient().birthDate().toString()));
    patient.setGender(gender(view.patient().sex()));
    patient.setManagingOrganization(site(view.treatmentCentreId()));
    return patient;
  }

  static Enumerations.AdministrativeGender gender(Sex sex) {
    return switch (sex) {
      case FEMALE -> Enumerations.AdministrativeGender.FEMALE;
      case MALE -> Enumerations.AdministrativeGender.MALE;
      case OTHER -> Enumerations.AdministrativeGender.OTHER;
      case UNKNOWN -> Enumerations.AdministrativeGender.UNKNOWN;
    };
  }

  private Observation bodyMeasure(
      String suffix, String loinc, String display, BigDecimal value, String unit) {
    Observation observation = new Observation();
    observation.setId(id(suffix));
    observation.setStatus(Observation.ObservationStatus.FINAL);
    observation
        .addCategory()
        .addCoding(new Coding(Systems.OBSERVATION_CATEGORY, "vital-signs", "Vital Signs"));
    observation.getCode().addCoding(new Coding(Systems.LOINC, loinc, display)).setText(display);
    observation.setSubject(subject());
    observation.setEffective(at(view.referredAt()));
    observation.setValue(
        new Quantity().setValue(value).setUnit(unit).setSystem(Systems.UCUM).setCode(unit));
    return observation;
  }

  private ServiceRequest serviceRequest() {
    ServiceRequest request = new ServiceRequest();
    request.setId(view.id().toString());
    request.addIdentifier().setSystem(Systems.CASE_REFERENCE).setValue(view.reference());
    if (view.din() != null) {
      request.addIdentifier().setSystem(Systems.DIN).setValue(view.din());
    }
    request.setStatus(
        switch (view.state()) {
          case CLOSED -> ServiceRequest.ServiceRequestStatus.COMPLETED;
          case WITHDRAWN -> ServiceRequest.ServiceRequestStatus.REVOKED;
          default -> ServiceRequest.ServiceRequestStatus.ACTIVE;
        });
    request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
    request
        .getCode()
        .addCoding(
            new Coding(
                Systems.PRODUCT,
                view.productCode(),
                data.product().map(p -> p.brandName() + " (" + p.genericName() + ")").orElse(null)))
        .setText(data.product().map(p -> p.brandName()).orElse(view.productCode()));
    request
        .addReasonCode()
        .addCoding(
            new Coding(
                Systems.INDICATION,
                view.indication(),
                data.product()
                    .flatMap(p -> p.indication(view.indication()))
                    .map(i -> i.description())
                    .orElse(null)));
    request.setSubject(subject());
    request.setAuthoredOnElement(at(view.referredAt()));
    request.addPerformer(site(view.treatmentCentreId()));
    request.addLocationReference(site(view.apheresisSiteId()).setType("Location"));
    return request;
  }

  /** The product bag numbers of a case, as {@link #of} emits them. */
  static List<Integer> bagNumbers(CaseData data) {
    return ProductResources.bagNumbers(data);
  }
}
