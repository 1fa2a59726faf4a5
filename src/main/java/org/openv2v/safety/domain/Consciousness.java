package org.openv2v.safety.domain;

/** Depressed level of consciousness, ASTCT ICANS domain (grade 1 to 4 in order). */
public enum Consciousness {
  NORMAL(0),
  AWAKENS_SPONTANEOUSLY(1),
  AWAKENS_TO_VOICE(2),
  AWAKENS_TO_TACTILE(3),
  UNAROUSABLE(4);

  final int grade;

  Consciousness(int grade) {
    this.grade = grade;
  }
}
