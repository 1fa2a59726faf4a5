package org.openv2v.fhir.web;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.server.IResourceProvider;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Provenance;
import org.springframework.stereotype.Component;

/** Signed custody steps, for everyone who works on the case. */
@Component
class ProvenanceProvider implements IResourceProvider {

  private final CaseReader reader;

  ProvenanceProvider(CaseReader reader) {
    this.reader = reader;
  }

  @Override
  public Class<Provenance> getResourceType() {
    return Provenance.class;
  }

  @Read
  public Provenance read(@IdParam IdType id) {
    return reader.read(Provenance.class, id, reader.actor());
  }
}
