package org.openv2v.fhir.web;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the FHIR server as its own servlet at /fhir, beside Spring MVC's. */
@Configuration(proxyBeanMethods = false)
class FhirConfiguration {

  /** One context for the application: building it scans the R4 model, which takes seconds. */
  @Bean
  FhirContext fhirContext() {
    return FhirContext.forR4Cached();
  }

  @Bean
  ServletRegistrationBean<FhirServer> fhirServlet(
      FhirContext context,
      PatientProvider patients,
      ServiceRequestProvider requests,
      BiologicallyDerivedProductProvider products,
      ProcedureProvider procedures,
      ObservationProvider observations,
      AdverseEventProvider adverseEvents,
      CarePlanProvider carePlans,
      ProvenanceProvider provenances,
      ReferralTransactions referrals,
      BulkExportOperations exports) {
    FhirServer server =
        new FhirServer(
            context,
            List.of(
                patients,
                requests,
                products,
                procedures,
                observations,
                adverseEvents,
                carePlans,
                provenances),
            List.of(referrals, exports));
    ServletRegistrationBean<FhirServer> registration =
        new ServletRegistrationBean<>(server, "/fhir/*");
    registration.setName("fhir");
    registration.setLoadOnStartup(1);
    return registration;
  }
}
