package org.openv2v.network;

/** Clinical services on site that CAR-T delivery depends on (SFGM-TC 2018; FACT-JACIE IEC). */
public enum Capability {
  APHERESIS,
  ICU,
  NEUROLOGY,
  CELL_PROCESSING
}
