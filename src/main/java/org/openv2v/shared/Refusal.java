package org.openv2v.shared;

import java.util.List;

/**
 * A request the platform understood and declined, with the reason in words a user can act on. The
 * web layer maps each kind to an HTTP status; modules never speak HTTP themselves.
 */
public class Refusal extends RuntimeException {

  /** Why the request was declined. */
  public enum Kind {
    /** The request is malformed or a field is invalid. */
    INVALID,
    /** The thing asked for does not exist, or the caller may not know it exists. */
    NOT_FOUND,
    /** The caller's role or sites do not allow it. */
    FORBIDDEN,
    /** It conflicts with the current state, such as an event the journey does not allow now. */
    CONFLICT,
    /** Well formed, but breaks a rule of the domain (chronology, qualification). */
    UNPROCESSABLE
  }

  private final Kind kind;
  private final List<FieldProblem> fieldProblems;

  public Refusal(Kind kind, String message) {
    this(kind, message, List.of());
  }

  public Refusal(Kind kind, String message, List<FieldProblem> fieldProblems) {
    super(message);
    this.kind = kind;
    this.fieldProblems = List.copyOf(fieldProblems);
  }

  public static Refusal invalidField(String field, String message) {
    return new Refusal(Kind.INVALID, message, List.of(new FieldProblem(field, message)));
  }

  public static Refusal notFound(String message) {
    return new Refusal(Kind.NOT_FOUND, message);
  }

  public static Refusal forbidden(String message) {
    return new Refusal(Kind.FORBIDDEN, message);
  }

  public Kind kind() {
    return kind;
  }

  public List<FieldProblem> fieldProblems() {
    return fieldProblems;
  }
}
