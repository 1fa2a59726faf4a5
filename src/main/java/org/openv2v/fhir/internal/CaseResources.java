package org.openv2v.fhir.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.BiologicallyDerivedProduct;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Signature;
import org.hl7.fhir.r4.model.StringType;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.EventView;
import org.openv2v.cases.Sex;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.custody.CustodyRecord;
import org.openv2v.identity.domain.DinCheck;
import org.openv2v.identity.domain.DinReading;
import org.openv2v.identity.domain.Flags;
import org.openv2v.identity.domain.UnitKind;
import org.openv2v.safety.Assessments;
import org.openv2v.safety.FollowUps;
import org.openv2v.safety.Lymphodepletions;

/**
 * One case as FHIR R4 resources, for one caller. Patient resources, the patient's name, birth date
 * and record number, and references to the Patient appear only when {@link
 * CaseData#identityShown()} is set; otherwise subjects are references by the case's reference
 * alone. docs/fhir.md maps each element.
 */
public final class CaseResources {

  /** A FHIR id: the case id and a suffix, kept under FHIR's 64 characters. */
  static final int ID_LIMIT = 64;

  private final CaseData data;
  private final CaseView view;
  private final ZoneId zone;

  private CaseResources(CaseData data, ZoneId zone) {
    this.data = data;
    this.view = data.view();
    this.zone = zone;
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
    Optional<BiologicallyDerivedProduct> apheresis = apheresisProduct();
    apheresis.ifPresent(resources::add);
    List<BiologicallyDerivedProduct> bags = bags();
    resources.addAll(bags);
    event(CaseEventType.APHERESIS_COLLECTED)
        .ifPresent(
            collected ->
                resources.add(
                    procedure(
                        "apheresis",
                        "apheresis",
                        "Leukapheresis (collection of the patient's T cells)",
                        collected.occurredAt(),
                        collected.siteId(),
                        apheresis.map(List::of).orElse(List.of()))));
    for (int n = 0; n < data.courses().size(); n++) {
      resources.add(lymphodepletion(data.courses().get(n), n + 1));
    }
    Optional<Procedure> infusion =
        event(CaseEventType.INFUSED)
            .map(
                infused ->
                    procedure(
                        "infusion",
                        "car-t-infusion",
                        "Infusion of the CAR T-cell product",
                        infused.occurredAt(),
                        infused.siteId(),
                        List.copyOf(bags)));
    infusion.ifPresent(resources::add);
    for (Assessments.AssessmentView assessment : data.assessments()) {
      resources.add(observation(assessment));
    }
    adverseEvent(Assessments.Kind.CRS, infusion).ifPresent(resources::add);
    adverseEvent(Assessments.Kind.ICANS, infusion).ifPresent(resources::add);
    if (!data.followUps().isEmpty()) {
      resources.add(carePlan());
    }
    for (CustodyRecord record : data.custody()) {
      resources.add(provenance(record, apheresis, bags));
    }
    return resources;
  }

  private String id(String suffix) {
    String id = view.id() + "-" + suffix;
    if (id.length() > ID_LIMIT) {
      throw new IllegalStateException("FHIR id too long: " + id);
    }
    return id;
  }

  private Reference subject() {
    Reference subject = new Reference();
    if (data.identityShown()) {
      subject.setReference("Patient/" + view.id());
    } else {
      // The case reference only: those who handle the product know the case, not the patient.
      subject.setIdentifier(
          new Identifier().setSystem(Systems.CASE_REFERENCE).setValue(view.reference()));
      subject.setDisplay("Patient of case " + view.reference() + " (identity withheld)");
    }
    return subject;
  }

  private static Reference site(String siteId) {
    return new Reference()
        .setType("Organization")
        .setIdentifier(new Identifier().setSystem(Systems.SITE).setValue(siteId))
        .setDisplay(siteId);
  }

  private Reference serviceRequestRef() {
    return new Reference("ServiceRequest/" + view.id());
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
        .addCoding(
            new Coding(
                "http://terminology.hl7.org/CodeSystem/observation-category",
                "vital-signs",
                "Vital Signs"));
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

  private Optional<EventView> event(CaseEventType type) {
    return data.events().stream().filter(e -> e.type() == type).reduce((a, b) -> b);
  }

  private Extension dinExtension() {
    return new Extension(
        Systems.BIOLOGICAL_SOURCE_EVENT,
        new Identifier().setSystem(Systems.DIN).setValue(view.din()));
  }

  private BiologicallyDerivedProduct product(String suffix, UnitKind unit) {
    BiologicallyDerivedProduct product = new BiologicallyDerivedProduct();
    product.setId(id(suffix));
    product.addExtension(dinExtension());
    Flags flags = unit.flags(org.openv2v.identity.domain.Din.parse(view.din()));
    product
        .addIdentifier()
        .setSystem(Systems.UNIT)
        .setValue(view.din() + flags.text())
        .getType()
        .setText(unit.title());
    product.setProductCategory(BiologicallyDerivedProduct.BiologicallyDerivedProductCategory.CELLS);
    product.getRequest().add(serviceRequestRef());
    product.setQuantity(1);
    return product;
  }

  private Optional<BiologicallyDerivedProduct> apheresisProduct() {
    if (view.din() == null || view.milestones().apheresisAt().isEmpty()) {
      return Optional.empty();
    }
    BiologicallyDerivedProduct product = product("apheresis", UnitKind.APHERESIS);
    product.getProductCode().setText("Autologous leukapheresis collection (starting material)");
    product.setStatus(BiologicallyDerivedProduct.BiologicallyDerivedProductStatus.UNAVAILABLE);
    product
        .getCollection()
        .setCollected(at(view.milestones().apheresisAt().get()))
        .setCollector(null);
    if (data.identityShown()) {
      product.getCollection().setSource(new Reference("Patient/" + view.id()));
    }
    return Optional.of(product);
  }

  /**
   * The product bags: those scanned at a custody step, or bag 1 once a product has been released
   * and no bag has been scanned yet (a released product has at least one bag).
   */
  private List<BiologicallyDerivedProduct> bags() {
    if (view.din() == null) {
      return List.of();
    }
    TreeSet<Integer> numbers = new TreeSet<>();
    for (CustodyRecord record : data.custody()) {
      for (String unit : record.units()) {
        unitKind(unit).flatMap(UnitKind::productBag).ifPresent(numbers::add);
      }
    }
    if (numbers.isEmpty() && view.milestones().releasedAt().isPresent()) {
      numbers.add(1);
    }
    boolean infused = event(CaseEventType.INFUSED).isPresent();
    List<BiologicallyDerivedProduct> bags = new ArrayList<>();
    for (int n : numbers) {
      BiologicallyDerivedProduct bag = product("bag-" + n, UnitKind.product(n));
      bag.getProductCode()
          .addCoding(
              new Coding(
                  Systems.PRODUCT,
                  view.productCode(),
                  data.product().map(p -> p.brandName()).orElse(null)))
          .setText(data.product().map(p -> p.genericName()).orElse(view.productCode()));
      bag.setStatus(
          infused
              ? BiologicallyDerivedProduct.BiologicallyDerivedProductStatus.UNAVAILABLE
              : BiologicallyDerivedProduct.BiologicallyDerivedProductStatus.AVAILABLE);
      if (view.milestones().apheresisAt().isPresent()) {
        bag.addParent(new Reference("BiologicallyDerivedProduct/" + id("apheresis")));
      }
      view.milestones()
          .releasedAt()
          .ifPresent(
              released ->
                  bag.addProcessing()
                      .setDescription("Manufactured and released by " + view.manufacturingSiteId())
                      .setTime(at(released)));
      bags.add(bag);
    }
    return bags;
  }

  /** The product bag numbers of a case, as {@link #of} emits them. */
  static List<Integer> bagNumbers(CaseData data) {
    return new CaseResources(data, ZoneId.of("UTC"))
        .bags().stream()
            .map(bag -> Integer.parseInt(bag.getIdElement().getIdPart().substring(41)))
            .toList();
  }

  private Optional<UnitKind> unitKind(String scanned) {
    DinCheck check = DinReading.read(scanned);
    if (check.din().isEmpty() || check.flags().isEmpty()) {
      return Optional.empty();
    }
    try {
      return UnitKind.of(new Flags(check.flags().get()));
    } catch (IllegalArgumentException notFlags) {
      return Optional.empty();
    }
  }

  private Procedure procedure(
      String suffix,
      String code,
      String display,
      Instant at,
      String siteId,
      List<BiologicallyDerivedProduct> used) {
    Procedure procedure = new Procedure();
    procedure.setId(id(suffix));
    procedure.addBasedOn(serviceRequestRef());
    procedure.setStatus(Procedure.ProcedureStatus.COMPLETED);
    procedure.getCode().addCoding(new Coding(Systems.CONCEPT, code, display)).setText(display);
    procedure.setSubject(subject());
    procedure.setPerformed(at(at));
    procedure.addPerformer().setActor(site(siteId));
    for (BiologicallyDerivedProduct product : used) {
      procedure.addExtension(
          new Extension(
              Systems.PROCEDURE_USED,
              new Reference("BiologicallyDerivedProduct/" + product.getIdElement().getIdPart())));
    }
    return procedure;
  }

  private Procedure lymphodepletion(Lymphodepletions.Course course, int n) {
    Procedure procedure = new Procedure();
    procedure.setId(id("lymphodepletion-" + n));
    procedure.addBasedOn(serviceRequestRef());
    procedure.setStatus(
        course.finishedOn().isPresent()
            ? Procedure.ProcedureStatus.COMPLETED
            : Procedure.ProcedureStatus.INPROGRESS);
    String display = "Lymphodepleting chemotherapy";
    procedure
        .getCode()
        .addCoding(new Coding(Systems.CONCEPT, "lymphodepletion", display))
        .setText(display);
    procedure.setSubject(subject());
    Period period = new Period().setStartElement(day(course.startedOn()));
    course.finishedOn().ifPresent(finished -> period.setEndElement(day(finished)));
    procedure.setPerformed(period);
    procedure.addPerformer().setActor(site(view.treatmentCentreId()));
    course.note().ifPresent(note -> procedure.addNote().setText(note));
    return procedure;
  }

  private static final Pattern FINDING = Pattern.compile("(\\w+)=([^,\\]]*)");

  /**
   * The assessment's findings, kept by the safety module as the text of its findings record ({@code
   * CrsFindings[temperatureC=39.2, hypotension=NONE, ...]}): name and value pairs.
   */
  static Map<String, String> findings(String text) {
    Map<String, String> found = new java.util.LinkedHashMap<>();
    Matcher matcher = FINDING.matcher(text);
    while (matcher.find()) {
      found.put(matcher.group(1), matcher.group(2).strip());
    }
    return found;
  }

  private Observation observation(Assessments.AssessmentView assessment) {
    Observation observation = new Observation();
    String kind = assessment.kind().name().toLowerCase().replace('_', '-');
    observation.setId(
        id(kind + "-" + assessment.id().toString().replace("-", "").substring(0, 12)));
    observation.setStatus(Observation.ObservationStatus.FINAL);
    observation
        .addCategory()
        .addCoding(
            new Coding(
                "http://terminology.hl7.org/CodeSystem/observation-category", "exam", "Exam"));
    observation.setSubject(subject());
    observation.addBasedOn(serviceRequestRef());
    observation.setEffective(at(assessment.assessedAt()));
    Map<String, String> findings = findings(assessment.findings());
    switch (assessment.kind()) {
      case CRS -> {
        code(observation, "crs-grade", "CRS grade (ASTCT 2019)");
        assessment.grade().ifPresent(g -> observation.setValue(new IntegerType(g)));
        Optional.ofNullable(findings.get("temperatureC"))
            .ifPresent(
                t ->
                    observation
                        .addComponent()
                        .setCode(
                            new CodeableConcept(
                                new Coding(Systems.LOINC, "8310-5", "Body temperature")))
                        .setValue(
                            new Quantity()
                                .setValue(new BigDecimal(t))
                                .setUnit("Cel")
                                .setSystem(Systems.UCUM)
                                .setCode("Cel")));
        component(observation, findings, "hypotension", "CRS hypotension (ASTCT)");
        component(observation, findings, "oxygen", "CRS hypoxia: oxygen support (ASTCT)");
      }
      case ICANS -> {
        code(observation, "icans-grade", "ICANS grade (ASTCT 2019)");
        assessment.grade().ifPresent(g -> observation.setValue(new IntegerType(g)));
        Optional.ofNullable(findings.get("iceScore"))
            .map(CaseResources::optionalValue)
            .flatMap(s -> s)
            .ifPresent(
                ice ->
                    observation
                        .addComponent()
                        .setCode(concept("ice-score", "ICE score"))
                        .setValue(new IntegerType(Integer.parseInt(ice))));
        component(observation, findings, "consciousness", "ICANS depressed level of consciousness");
        component(observation, findings, "seizure", "ICANS seizure");
        component(observation, findings, "motor", "ICANS motor findings");
        component(observation, findings, "cerebralEdema", "ICANS raised intracranial pressure");
      }
      case ICE -> {
        code(observation, "ice-score", "ICE score (Immune Effector Cell Encephalopathy)");
        assessment
            .score()
            .ifPresentOrElse(
                s -> observation.setValue(new IntegerType(s)),
                () ->
                    observation
                        .getDataAbsentReason()
                        .addCoding(
                            new Coding(
                                "http://terminology.hl7.org/CodeSystem/data-absent-reason",
                                "not-performed",
                                "Not Performed")));
      }
      case BLOOD_COUNT -> {
        observation
            .getCode()
            .addCoding(
                new Coding(
                    Systems.LOINC, "751-8", "Neutrophils [#/volume] in Blood by Automated count"))
            .setText("Absolute neutrophil count");
        observation
            .getCategoryFirstRep()
            .getCodingFirstRep()
            .setCode("laboratory")
            .setDisplay("Laboratory");
        assessment
            .score()
            .ifPresent(
                anc ->
                    observation.setValue(
                        new Quantity()
                            .setValue(anc)
                            .setUnit("/uL")
                            .setSystem(Systems.UCUM)
                            .setCode("/uL")));
      }
    }
    observation.addNote().setText(assessment.findings());
    return observation;
  }

  private static Optional<String> optionalValue(String text) {
    Matcher matcher = Pattern.compile("Optional\\[(.*)]?").matcher(text);
    if (matcher.find()) {
      return Optional.of(matcher.group(1).replace("]", "").strip());
    }
    return Optional.empty();
  }

  private static void code(Observation observation, String code, String display) {
    observation.setCode(concept(code, display));
  }

  private static CodeableConcept concept(String code, String display) {
    return new CodeableConcept(new Coding(Systems.CONCEPT, code, display)).setText(display);
  }

  private static void component(
      Observation observation, Map<String, String> findings, String name, String display) {
    Optional.ofNullable(findings.get(name))
        .ifPresent(
            value ->
                observation
                    .addComponent()
                    .setCode(concept(name, display))
                    .setValue(
                        new CodeableConcept(new Coding(Systems.CONCEPT, value, null))
                            .setText(value)));
  }

  /**
   * The highest-grade CRS or ICANS of the case as one AdverseEvent: ICD-10-CM codes its grade
   * (D89.831-D89.835 CRS grade 1-5, G92.01-G92.05 ICANS grade 1-5; ICD-10-CM 2021 tabular list).
   */
  private Optional<AdverseEvent> adverseEvent(Assessments.Kind kind, Optional<Procedure> infusion) {
    List<Assessments.AssessmentView> graded =
        data.assessments().stream()
            .filter(a -> a.kind() == kind && a.grade().orElse(0) >= 1)
            .toList();
    if (graded.isEmpty()) {
      return Optional.empty();
    }
    int highest = graded.stream().mapToInt(a -> a.grade().orElseThrow()).max().orElseThrow();
    Instant onset = graded.get(0).assessedAt();
    List<Assessments.AssessmentView> ofKind =
        data.assessments().stream().filter(a -> a.kind() == kind).toList();
    Assessments.AssessmentView last = ofKind.get(ofKind.size() - 1);
    boolean resolved = last.grade().orElse(0) == 0;
    boolean crs = kind == Assessments.Kind.CRS;
    AdverseEvent event = new AdverseEvent();
    event.setId(id(crs ? "crs" : "icans"));
    event.setActuality(AdverseEvent.AdverseEventActuality.ACTUAL);
    String name =
        crs
            ? "Cytokine release syndrome"
            : "Immune effector cell-associated neurotoxicity syndrome";
    event
        .getEvent()
        .addCoding(
            new Coding(
                Systems.ICD10CM,
                crs ? "D89.83" + highest : "G92.0" + highest,
                name + ", grade " + highest))
        .setText(name + ", ASTCT grade " + highest);
    event.addExtension(new Extension(Systems.ASTCT_GRADE, new IntegerType(highest)));
    event.setSubject(subject());
    event.setDetectedElement(at(onset));
    event.setDateElement(at(onset));
    event
        .getSeverity()
        .addCoding(
            new Coding(
                "http://terminology.hl7.org/CodeSystem/adverse-event-severity",
                highest == 1 ? "mild" : highest == 2 ? "moderate" : "severe",
                highest == 1 ? "Mild" : highest == 2 ? "Moderate" : "Severe"));
    event
        .getOutcome()
        .addCoding(
            new Coding(
                "http://terminology.hl7.org/CodeSystem/adverse-event-outcome",
                resolved ? "resolved" : "ongoing",
                resolved ? "Resolved" : "Ongoing"));
    if (resolved) {
      event.addExtension(
          new Extension(
              "https://openv2v.org/fhir/StructureDefinition/resolved-on", at(last.assessedAt())));
    }
    infusion.ifPresent(
        p ->
            event
                .addSuspectEntity()
                .setInstance(new Reference("Procedure/" + p.getIdElement().getIdPart())));
    for (Assessments.AssessmentView assessment : graded) {
      event.addSubjectMedicalHistory(
          new Reference(
              "Observation/"
                  + id(
                      kind.name().toLowerCase()
                          + "-"
                          + assessment.id().toString().replace("-", "").substring(0, 12))));
    }
    return Optional.of(event);
  }

  private CarePlan carePlan() {
    CarePlan plan = new CarePlan();
    plan.setId(id("follow-up"));
    plan.setStatus(
        view.state().isEnded()
            ? CarePlan.CarePlanStatus.COMPLETED
            : CarePlan.CarePlanStatus.ACTIVE);
    plan.setIntent(CarePlan.CarePlanIntent.PLAN);
    plan.setTitle("Follow-up after CAR T-cell infusion");
    plan.setSubject(subject());
    plan.addBasedOn(serviceRequestRef());
    for (FollowUps.FollowUpView item : data.followUps()) {
      CarePlan.CarePlanActivityDetailComponent detail = plan.addActivity().getDetail();
      detail.setKind(CarePlan.CarePlanActivityKind.APPOINTMENT);
      detail.setCode(
          concept(item.kind().name().toLowerCase().replace('_', '-'), item.description()));
      detail.setStatus(
          item.doneOn().isPresent()
              ? CarePlan.CarePlanActivityStatus.COMPLETED
              : CarePlan.CarePlanActivityStatus.NOTSTARTED);
      Period window = new Period();
      window.setStartElement(day(item.windowOpens()));
      window.setEndElement(day(item.dueOn()));
      detail.setScheduled(window);
      detail.setDescription(item.description() + " (" + item.source() + ")");
      item.response()
          .ifPresent(
              response ->
                  plan.getActivity()
                      .get(plan.getActivity().size() - 1)
                      .addOutcomeCodeableConcept(
                          concept("response-" + response.name().toLowerCase(), response.name())));
    }
    return plan;
  }

  private Provenance provenance(
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
        .setType(
            new CodeableConcept(
                new Coding(
                    "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                    "performer",
                    "Performer")))
        .setWho(signer(record.signature()))
        .setOnBehalfOf(site(record.siteId()));
    record
        .witness()
        .ifPresent(
            witness ->
                provenance
                    .addAgent()
                    .setType(
                        new CodeableConcept(
                            new Coding(
                                "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                                "attester",
                                "Attester")))
                    .setWho(signer(witness)));
    provenance.addSignature(signature(record.signature(), record.serverTime()));
    record.witness().ifPresent(w -> provenance.addSignature(signature(w, record.serverTime())));
    provenance.addExtension(
        new Extension(Systems.CONTENT_HASH, new StringType(record.hashes().contentHash())));
    return provenance;
  }

  private static Reference signer(org.openv2v.custody.domain.Signatory signatory) {
    return new Reference()
        .setType("Practitioner")
        .setIdentifier(new Identifier().setSystem(Systems.USER).setValue(signatory.username()))
        .setDisplay(signatory.printedName() + " (" + signatory.role() + ")");
  }

  /** A 21 CFR 11.50 signature manifestation: printed name, time and meaning; no crypto blob. */
  private static Signature signature(org.openv2v.custody.domain.Signatory signatory, Instant when) {
    Signature signature = new Signature();
    boolean witness =
        org.openv2v.custody.domain.CustodyStep.WITNESS_MEANING.equals(signatory.meaning());
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

  /** A moment in the network's zone, to the millisecond, as the pages show it. */
  private DateTimeType at(Instant instant) {
    return new DateTimeType(
        Date.from(instant),
        ca.uhn.fhir.model.api.TemporalPrecisionEnum.MILLI,
        java.util.TimeZone.getTimeZone(zone));
  }

  private static DateTimeType day(LocalDate day) {
    return new DateTimeType(day.toString());
  }
}
