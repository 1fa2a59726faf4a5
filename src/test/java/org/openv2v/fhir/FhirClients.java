package org.openv2v.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BasicAuthInterceptor;

/** HAPI's generic client on the test server, signed in as a demo user (password = user name). */
final class FhirClients {

  private FhirClients() {}

  static IGenericClient of(int port, String user) {
    FhirContext context = FhirContext.forR4Cached();
    context.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
    IGenericClient client = context.newRestfulGenericClient("http://localhost:" + port + "/fhir");
    client.registerInterceptor(new BasicAuthInterceptor(user, user));
    return client;
  }
}
