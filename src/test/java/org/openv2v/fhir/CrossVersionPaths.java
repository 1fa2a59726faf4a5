package org.openv2v.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The R5 element types behind the two cross-version extensions the API emits, in the form of the
 * FHIR core package's {@code xver-paths-5.0.json}, which the HL7 validator reads to check such
 * extensions and which HAPI's jars do not ship. The entries are the R5 definitions
 * (hl7.org/fhir/R5/biologicallyderivedproduct.html, procedure.html); R4 has no CodeableReference,
 * so Procedure.used carries its reference part.
 */
class CrossVersionPaths implements IValidationSupport {

  private final FhirContext context;

  CrossVersionPaths(FhirContext context) {
    this.context = context;
  }

  @Override
  public FhirContext getFhirContext() {
    return context;
  }

  @Override
  public byte[] fetchBinary(String key) {
    if (!"xver-paths-5.0.json".equals(key)) {
      return null;
    }
    try (InputStream in = getClass().getResourceAsStream("/fhir/xver-paths-5.0.json")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
