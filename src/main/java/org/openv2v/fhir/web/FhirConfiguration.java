package org.openv2v.fhir.web;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Provenance;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the FHIR server as its own servlet at /fhir, beside Spring MVC's, with its resource
 * types: those that are only read by id are made here, each with who may read it.
 */
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
      CaseReader reader,
      ReferralTransactions referrals,
      BulkExportOperations exports) {
    FhirServer server =
        new FhirServer(
            context,
            List.of(
                patients,
                requests,
                products,
                // Apheresis, lymphodepletion and infusion. Lymphodepleting chemotherapy is safety
                // data: manufacturers and couriers are refused, not told it is absent.
                new CaseResourceProvider<>(
                    reader,
                    Procedure.class,
                    id ->
                        id.getIdPart().contains("-lymphodepletion-")
                            ? reader.safetyReader()
                            : reader.actor()),
                // Body weight and height (which doses are calculated from) for every case reader;
                // the ICE, CRS, ICANS and blood-count assessments only for clinical readers.
                new CaseResourceProvider<>(
                    reader,
                    Observation.class,
                    id ->
                        id.getIdPart().endsWith("-weight") || id.getIdPart().endsWith("-height")
                            ? reader.actor()
                            : reader.safetyReader()),
                // CRS and ICANS with their highest ASTCT grade: clinical readers only.
                new CaseResourceProvider<>(reader, AdverseEvent.class, id -> reader.safetyReader()),
                // The follow-up schedule after infusion: clinical readers only.
                new CaseResourceProvider<>(reader, CarePlan.class, id -> reader.safetyReader()),
                // Signed custody steps, for everyone who works on the case.
                new CaseResourceProvider<>(reader, Provenance.class, id -> reader.actor())),
            List.of(referrals, exports));
    ServletRegistrationBean<FhirServer> registration =
        new ServletRegistrationBean<>(server, "/fhir/*");
    registration.setName("fhir");
    registration.setLoadOnStartup(1);
    return registration;
  }
}
