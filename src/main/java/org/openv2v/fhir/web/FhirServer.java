package org.openv2v.fhir.web;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import java.util.List;

/**
 * The FHIR R4 endpoint at {@code /fhir}: HAPI's plain server with the platform's resource
 * providers. Spring Security has authenticated the caller before a request gets here; the providers
 * check role and site through the modules they read.
 */
class FhirServer extends RestfulServer {

  private final transient List<IResourceProvider> resources;
  private final transient List<Object> plain;

  FhirServer(FhirContext context, List<IResourceProvider> resources, List<Object> plain) {
    super(context);
    this.resources = List.copyOf(resources);
    this.plain = List.copyOf(plain);
  }

  @Override
  protected void initialize() {
    setServerName("OpenV2V FHIR");
    setImplementationDescription("OpenV2V vein-to-vein CAR T-cell cases as FHIR R4");
    setDefaultResponseEncoding(EncodingEnum.JSON);
    setDefaultPrettyPrint(false);
    setResourceProviders(resources);
    registerProviders(plain);
    registerInterceptor(new RefusalOutcomes());
  }
}
