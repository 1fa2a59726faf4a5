package org.openv2v.fhir.web;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.server.IResourceProvider;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

/** CRS and ICANS with their highest ASTCT grade: clinical readers only. */
@Component
class AdverseEventProvider implements IResourceProvider {

  private final CaseReader reader;

  AdverseEventProvider(CaseReader reader) {
    this.reader = reader;
  }

  @Override
  public Class<AdverseEvent> getResourceType() {
    return AdverseEvent.class;
  }

  @Read
  public AdverseEvent read(@IdParam IdType id) {
    return reader.read(AdverseEvent.class, id, reader.safetyReader());
  }
}
