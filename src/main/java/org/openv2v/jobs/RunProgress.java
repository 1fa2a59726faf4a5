package org.openv2v.jobs;

/** What a running piece of work tells the registry, for every node to show. */
public interface RunProgress {

  /** The share done, 0..1; it never goes back. */
  void fraction(double done);

  /** A short word on how it goes, such as the best score found so far. */
  void note(String text);
}
