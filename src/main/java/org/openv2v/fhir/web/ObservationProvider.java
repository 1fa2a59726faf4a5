package org.openv2v.fhir.web;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.server.IResourceProvider;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.springframework.stereotype.Component;

/** Body measures for every case reader; assessments (ICE, CRS, ICANS) only for clinical readers. */
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
    return reader.read(Observation.class, id, reader.actor());
  }
}
