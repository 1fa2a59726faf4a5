package org.openv2v.simulation.network;

import org.openv2v.cases.domain.CaseState;

/** One simulated patient's journey, in the platform's own case states. */
final class SimulatedPatient {

  /** What the patient is queued for, if anything: so a withdrawal can leave the right line. */
  enum Waiting {
    NOTHING,
    CHAIR,
    SLOT,
    BED
  }

  final int id;
  final int stream;
  final int centre;
  final double referredAt;
  final boolean counted;
  CaseState state = CaseState.REFERRED;
  Waiting waiting = Waiting.NOTHING;
  double apheresisAt = Double.NaN;
  double hazardDue = Double.NaN;
  Withdrawal hazardCause;

  /** Whether the hazard drawn last is in the calendar (see NetworkReplication#next). */
  boolean hazardQueued;

  boolean holdsChair;
  boolean holdsBed;
  boolean outpatient;
  boolean outOfSpecification;
  boolean afterApheresis;
  Stage reached = Stage.REFERRED;
  Withdrawal withdrawal;
  double leftAt = Double.NaN;
  int ageYears;
  boolean female;

  SimulatedPatient(int id, int stream, int centre, double referredAt, boolean counted) {
    this.id = id;
    this.stream = stream;
    this.centre = centre;
    this.referredAt = referredAt;
    this.counted = counted;
  }

  void reach(Stage stage) {
    // Ordinals, as Enum.compareTo compares them: C1 calls compareTo and its class checks.
    if (stage.ordinal() > reached.ordinal()) {
      reached = stage;
    }
  }

  boolean isActive() {
    return state.isBeforeInfusion();
  }
}
