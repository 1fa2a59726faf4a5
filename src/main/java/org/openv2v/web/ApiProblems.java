package org.openv2v.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.openv2v.shared.FieldProblem;
import org.openv2v.shared.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every API error as an RFC 9457 problem document. A client's mistake is a 4xx naming the field; a
 * fault of ours is a 500 carrying an incident id for the logs, never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@RequiredArgsConstructor
class ApiProblems extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

  private final RefusalWords words;

  /**
   * The {@code detail} is the stable English message, which clients may log and match; only a
   * request whose {@code Accept-Language} prefers another language the pages speak (Korean) gets
   * the refusal's words in it (docs/i18n.md). The errors' field codes stay as they are.
   */
  @ExceptionHandler(Refusal.class)
  ProblemDetail refused(Refusal refusal, HttpServletRequest request) {
    HttpStatus status = RefusalStatus.of(refusal);
    String detail =
        asked(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
            .filter(language -> language != Language.DEFAULT)
            .map(language -> words.of(refusal, language.locale()))
            .orElse(refusal.getMessage());
    return problem(status, detail, refusal.fieldProblems());
  }

  /** The language the header ranks first among those the pages speak; none for a bad header. */
  static Optional<Language> asked(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Optional.empty();
    }
    try {
      Locale best =
          Locale.lookup(
              Locale.LanguageRange.parse(acceptLanguage),
              Arrays.stream(Language.values()).map(Language::locale).toList());
      return best == null ? Optional.empty() : Language.of(best.getLanguage());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail denied(AccessDeniedException e) {
    return problem(HttpStatus.FORBIDDEN, "Your role does not allow this request.", List.of());
  }

  @ExceptionHandler(DuplicateKeyException.class)
  ProblemDetail duplicate(DuplicateKeyException e) {
    return problem(
        HttpStatus.CONFLICT,
        "This conflicts with a record that already exists (a reused id, or a second open case).",
        List.of());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
    String expected =
        e.getRequiredType() == null ? "a valid value" : expectation(e.getRequiredType());
    return problem(
        HttpStatus.BAD_REQUEST,
        e.getName() + " must be " + expected,
        List.of(new FieldProblem(e.getName(), "must be " + expected)));
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail fault(Exception e) {
    String incident = UUID.randomUUID().toString();
    log.error("Incident {}: unexpected error", incident, e);
    ProblemDetail problem =
        problem(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "Something went wrong on our side. Quote incident " + incident + " when you report it.",
            List.of());
    problem.setProperty("incident", incident);
    return problem;
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> fields =
        e.getBindingResult().getFieldErrors().stream()
            .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
            .toList();
    String detail =
        fields.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, detail, fields));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> fields =
        e.getParameterValidationResults().stream()
            .flatMap(
                result ->
                    result.getResolvableErrors().stream()
                        .map(
                            error ->
                                new FieldProblem(
                                    result.getMethodParameter().getParameterName(),
                                    error.getDefaultMessage())))
            .toList();
    return ResponseEntity.badRequest()
        .body(problem(HttpStatus.BAD_REQUEST, "Invalid request parameters", fields));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.badRequest().body(unreadable(e));
  }

  private static ProblemDetail unreadable(HttpMessageNotReadableException e) {
    if (causedBy(e, tools.jackson.core.exc.StreamConstraintsException.class)) {
      return problem(
          HttpStatus.BAD_REQUEST,
          "A value in the body is too long or too deeply nested (strings hold at most "
              + StrictJsonInput.MAX_STRING
              + " characters).",
          List.of());
    }
    if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
      String field = path(jackson);
      String message;
      if (jackson instanceof InvalidFormatException format
          && format.getValue() instanceof String text
          && text.indexOf('\0') >= 0) {
        message = StrictJsonInput.NUL_MESSAGE;
      } else if (jackson instanceof InvalidFormatException format) {
        message = "must be " + expectation(format.getTargetType());
      } else if (jackson instanceof UnrecognizedPropertyException) {
        message = "is not a known field";
      } else {
        message = "has the wrong type or form";
      }
      return problem(
          HttpStatus.BAD_REQUEST, field + " " + message, List.of(new FieldProblem(field, message)));
    }
    if (e.getCause() instanceof JacksonException) {
      return problem(HttpStatus.BAD_REQUEST, "The body is not valid JSON.", List.of());
    }
    return problem(HttpStatus.BAD_REQUEST, "The request body is missing or unreadable.", List.of());
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }

  private static String path(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : e.getPath()) {
      if (reference.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String expectation(Class<?> type) {
    if (type.isEnum()) {
      return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
    }
    return switch (type.getSimpleName()) {
      case "UUID" -> "a UUID";
      case "Instant" -> "a date-time with offset, e.g. 2026-11-24T09:30:00Z";
      case "LocalDate" -> "a date, e.g. 1961-04-12";
      case "BigDecimal", "Double", "double", "Integer", "int", "Long", "long" -> "a number";
      default -> "a " + type.getSimpleName();
    };
  }

  private static ProblemDetail problem(
      HttpStatus status, String detail, List<FieldProblem> fields) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    if (!fields.isEmpty()) {
      problem.setProperty("errors", fields);
    }
    return problem;
  }
}
