package org.openv2v.fhir.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.EventView;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.identity.domain.DinCheck;
import org.openv2v.identity.domain.DinReading;
import org.openv2v.identity.domain.Flags;
import org.openv2v.identity.domain.UnitKind;

/**
 * What every resource family of a case shares: the case, the caller's view of it, the network's
 * zone, and how ids, subjects, sites, moments and codes are written.
 */
abstract class CaseParts {

  /** A FHIR id: the case id and a suffix, kept under FHIR's 64 characters. */
  static final int ID_LIMIT = 64;

  final CaseData data;
  final CaseView view;
  final ZoneId zone;

  CaseParts(CaseData data, ZoneId zone) {
    this.data = data;
    this.view = data.view();
    this.zone = zone;
  }

  String id(String suffix) {
    String id = view.id() + "-" + suffix;
    if (id.length() > ID_LIMIT) {
      throw new IllegalStateException("FHIR id too long: " + id);
    }
    return id;
  }

  Reference subject() {
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

  static Reference site(String siteId) {
    return new Reference()
        .setType("Organization")
        .setIdentifier(new Identifier().setSystem(Systems.SITE).setValue(siteId))
        .setDisplay(siteId);
  }

  Reference serviceRequestRef() {
    return new Reference("ServiceRequest/" + view.id());
  }

  Optional<EventView> event(CaseEventType type) {
    return data.events().stream().filter(e -> e.type() == type).reduce((a, b) -> b);
  }

  static CodeableConcept concept(String code, String display) {
    return new CodeableConcept(new Coding(Systems.CONCEPT, code, display)).setText(display);
  }

  /** A moment in the network's zone, to the millisecond, as the pages show it. */
  DateTimeType at(Instant instant) {
    return new DateTimeType(
        Date.from(instant),
        ca.uhn.fhir.model.api.TemporalPrecisionEnum.MILLI,
        TimeZone.getTimeZone(zone));
  }

  static DateTimeType day(LocalDate day) {
    return new DateTimeType(day.toString());
  }

  /** The kind of unit a scanned identifier names (apheresis bag, product bag n), if any. */
  static Optional<UnitKind> unitKind(String scanned) {
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
}
