package org.openv2v.fhir.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.openv2v.safety.Assessments;
import org.openv2v.safety.FollowUps;

/**
 * The case's safety record: ICE and ASTCT CRS/ICANS observations, adverse events, the follow-up
 * plan.
 */
final class SafetyResources extends CaseParts {

  SafetyResources(CaseData data, ZoneId zone) {
    super(data, zone);
  }

  static final Pattern FINDING = Pattern.compile("(\\w+)=([^,\\]]*)");

  /**
   * The assessment's findings, kept by the safety module as the text of its findings record ({@code
   * CrsFindings[temperatureC=39.2, hypotension=NONE, ...]}): name and value pairs.
   */
  static Map<String, String> findings(String text) {
    Map<String, String> found = new LinkedHashMap<>();
    Matcher matcher = FINDING.matcher(text);
    while (matcher.find()) {
      found.put(matcher.group(1), matcher.group(2).strip());
    }
    return found;
  }

  Observation observation(Assessments.AssessmentView assessment) {
    Observation observation = new Observation();
    String kind = assessment.kind().name().toLowerCase().replace('_', '-');
    observation.setId(
        id(kind + "-" + assessment.id().toString().replace("-", "").substring(0, 12)));
    observation.setStatus(Observation.ObservationStatus.FINAL);
    observation.addCategory().addCoding(new Coding(Systems.OBSERVATION_CATEGORY, "exam", "Exam"));
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
            .map(SafetyResources::optionalValue)
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

  static Optional<String> optionalValue(String text) {
    Matcher matcher = Pattern.compile("Optional\\[(.*)]?").matcher(text);
    if (matcher.find()) {
      return Optional.of(matcher.group(1).replace("]", "").strip());
    }
    return Optional.empty();
  }

  static void code(Observation observation, String code, String display) {
    observation.setCode(concept(code, display));
  }

  static void component(
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
  Optional<AdverseEvent> adverseEvent(Assessments.Kind kind, Optional<Procedure> infusion) {
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

  CarePlan carePlan() {
    CarePlan plan = new CarePlan();
    plan.setId(id("follow-up"));
    plan.setStatus(
        view.state().isEnded()
            ? CarePlan.CarePlanStatus.COMPLETED
            : CarePlan.CarePlanStatus.ACTIVE);
    plan.setIntent(CarePlan.CarePlanIntent.PLAN);
    plan.setTitle("Follow-up after CAR T-cell infusion");
    plan.setSubject(subject());
    // The therapy order the follow-up comes from: R4's CarePlan.basedOn names care plans only.
    plan.addSupportingInfo(serviceRequestRef());
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
}
