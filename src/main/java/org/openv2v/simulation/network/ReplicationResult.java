package org.openv2v.simulation.network;

/**
 * One replication's outcome with what the run reads once and lets go: the durations of its infused
 * patients (sorted into quantiles) and its counted patients (handed on to patients.csv).
 */
record ReplicationResult(
    NetworkOutcome outcome,
    double[] veinToVeinDays,
    double[] referralToInfusionDays,
    PatientRecords patients) {}
