package org.openv2v.simulation.network;

/** A scenario that cannot be used, with the file, line and field at fault in the message. */
public class ScenarioException extends RuntimeException {

  private final String field;

  public ScenarioException(String message, String field) {
    super(message);
    this.field = field;
  }

  /** The dotted path of the field at fault, or empty for the whole file. */
  public String field() {
    return field;
  }
}
