package org.openv2v.safety.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.openv2v.shared.FieldProblem;
import org.openv2v.shared.Refusal;
import org.springframework.stereotype.Component;

/**
 * Validates a request body inside the controller method, after the role check: a caller who may not
 * write gets 403 and learns nothing from validation errors (a {@code @Valid} body would be checked
 * before {@code @PreAuthorize}).
 */
@Component
@RequiredArgsConstructor
class RequestChecks {

  private final Validator validator;

  <T> T valid(T body) {
    if (body == null) {
      throw Refusal.invalidField("body", "is required").withWords("refusal.field.required");
    }
    List<FieldProblem> problems =
        validator.validate(body).stream()
            .sorted(
                Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
            .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
            .toList();
    if (!problems.isEmpty()) {
      String detail =
          problems.stream()
              .map(p -> p.field() + " " + p.message())
              .reduce((a, b) -> a + "; " + b)
              .orElseThrow();
      throw new Refusal(Refusal.Kind.INVALID, detail, problems)
          .withWords("refusal.request.fields", detail);
    }
    return body;
  }
}
