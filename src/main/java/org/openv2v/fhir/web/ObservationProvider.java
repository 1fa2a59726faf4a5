package org.openv2v.fhir.web;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.server.IResourceProvider;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.springframework.stereotype.Component;

/**
 * Body weight and height (which doses are calculated from) for every case reader; the ICE, CRS,
 * ICANS and blood-count assessments only for clinical readers.
 */
@Component
class ObservationProvider implements IResourceProvider {

  private final CaseReader reader;

  ObservationProvider(CaseReader reader) {
    this.reader = reader;
  }

  @Override
  public Class<Observation> getResourceType() {
    return Observation.class;
  }

  @Read
  public Observation read(@IdParam IdType id) {
    String part = id.getIdPart();
    boolean bodyMeasure = part.endsWith("-weight") || part.endsWith("-height");
    return reader.read(Observation.class, id, bodyMeasure ? reader.actor() : reader.safetyReader());
  }
}
