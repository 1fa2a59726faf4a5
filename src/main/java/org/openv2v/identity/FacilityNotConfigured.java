package org.openv2v.identity;

/** The deployment has no valid Facility Identification Number; the platform does not start. */
class FacilityNotConfigured extends IllegalStateException {

  FacilityNotConfigured(String message) {
    super(message);
  }
}
