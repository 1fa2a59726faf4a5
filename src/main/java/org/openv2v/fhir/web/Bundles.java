package org.openv2v.fhir.web;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/** Result bundles of operations such as $everything. */
final class Bundles {

  private Bundles() {}

  /**
   * A searchset of {@code resources}, each entry's {@code fullUrl} the resource's absolute address
   * under {@code serverBase} (R4 wants an absolute URL there, not {@code Patient/<id>}).
   */
  static Bundle searchset(String serverBase, List<Resource> resources) {
    Bundle bundle = new Bundle();
    bundle.setType(Bundle.BundleType.SEARCHSET);
    bundle.setTotal(resources.size());
    for (Resource resource : resources) {
      bundle
          .addEntry()
          .setFullUrl(
              serverBase + "/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart())
          .setResource(resource)
          .getSearch()
          .setMode(Bundle.SearchEntryMode.MATCH);
    }
    return bundle;
  }
}
