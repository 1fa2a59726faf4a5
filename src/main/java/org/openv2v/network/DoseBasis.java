package org.openv2v.network;

/** Whether a dose is given per kilogram of body weight or as a total. */
public enum DoseBasis {
  PER_KG,
  FLAT
}
