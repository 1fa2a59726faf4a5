package org.openv2v.simulation.network;

/** A scenario that cannot be used, with the file, line and field at fault in the message. */
public class ScenarioException extends RuntimeException {

  private final String field;

  public ScenarioException(String message, String field) {
    super(message);
    this.field = field;
  }

  /**
   * The complaint of a scenario file: "korea-2023.yaml line 14: manufacturing.slotsPerWeek ...".
   */
  static ScenarioException at(String file, int line, String path, String reason) {
    return new ScenarioException(
        file
            + (line > 0 ? " line " + line : "")
            + ": "
            + (path.isEmpty() ? "" : path + " ")
            + reason,
        path);
  }

  /** The dotted path of the field at fault, or empty for the whole file. */
  public String field() {
    return field;
  }
}
