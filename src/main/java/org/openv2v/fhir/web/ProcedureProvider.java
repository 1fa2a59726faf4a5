package org.openv2v.fhir.web;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.server.IResourceProvider;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Procedure;
import org.springframework.stereotype.Component;

/** Apheresis, lymphodepletion and infusion; lymphodepletion only for clinical readers. */
@Component
class ProcedureProvider implements IResourceProvider {

  private final CaseReader reader;

  ProcedureProvider(CaseReader reader) {
    this.reader = reader;
  }

  @Override
  public Class<Procedure> getResourceType() {
    return Procedure.class;
  }

  @Read
  public Procedure read(@IdParam IdType id) {
    // Lymphodepleting chemotherapy is safety data: manufacturers and couriers are refused, not told
    // it is absent.
    boolean chemotherapy = id.getIdPart().contains("-lymphodepletion-");
    return reader.read(Procedure.class, id, chemotherapy ? reader.safetyReader() : reader.actor());
  }
}
