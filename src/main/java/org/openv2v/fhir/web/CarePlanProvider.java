package org.openv2v.fhir.web;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.server.IResourceProvider;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

/** The follow-up schedule after infusion: clinical readers only. */
@Component
class CarePlanProvider implements IResourceProvider {

  private final CaseReader reader;

  CarePlanProvider(CaseReader reader) {
    this.reader = reader;
  }

  @Override
  public Class<CarePlan> getResourceType() {
    return CarePlan.class;
  }

  @Read
  public CarePlan read(@IdParam IdType id) {
    return reader.read(CarePlan.class, id, reader.safetyReader());
  }
}
