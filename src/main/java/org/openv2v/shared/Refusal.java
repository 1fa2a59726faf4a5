package org.openv2v.shared;

import java.util.List;
import java.util.Optional;

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
  private final String messageKey;
  private final List<Object> arguments;

  public Refusal(Kind kind, String message) {
    this(kind, message, List.of());
  }

  public Refusal(Kind kind, String message, List<FieldProblem> fieldProblems) {
    this(kind, message, fieldProblems, null, List.of());
  }

  private Refusal(
      Kind kind,
      String message,
      List<FieldProblem> fieldProblems,
      String messageKey,
      List<Object> arguments) {
    super(message);
    this.kind = kind;
    this.fieldProblems = List.copyOf(fieldProblems);
    this.messageKey = messageKey;
    this.arguments = List.copyOf(arguments);
  }

  /**
   * The same refusal with its words for the pages: a key of the message bundles and its arguments
   * (codes such as a state or an event stay codes: the page puts them into words). The English
   * message stays the API's {@code detail}.
   */
  public Refusal withWords(String messageKey, Object... arguments) {
    Refusal worded = new Refusal(kind, getMessage(), fieldProblems, messageKey, List.of(arguments));
    worded.setStackTrace(getStackTrace());
    return worded;
  }

  /** The key of the refusal's words in the bundles, if it has one. */
  public Optional<String> messageKey() {
    return Optional.ofNullable(messageKey);
  }

  /**
   * True when the refusal's words are those of {@code messageKey}: what it is about, not its text.
   */
  public boolean isAbout(String messageKey) {
    return messageKey.equals(this.messageKey);
  }

  public List<Object> arguments() {
    return arguments;
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
