package org.openv2v.economics.scenario;

/** A model file that cannot be used, naming the line and the field at fault. */
public class ModelLoadException extends RuntimeException {

  private final int line;
  private final String field;

  public ModelLoadException(String origin, int line, String field, String reason) {
    super(
        origin
            + (line > 0 ? " line " + line : "")
            + (field.isEmpty() ? "" : ", field " + field)
            + ": "
            + reason);
    this.line = line;
    this.field = field;
  }

  public int line() {
    return line;
  }

  public String field() {
    return field;
  }
}
