package org.openv2v.fhir.web;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.stream.Collectors;
import org.openv2v.shared.Refusal;

/**
 * Turns the platform's refusals into FHIR answers: an OperationOutcome with the status the REST API
 * would give (400, 403, 404, 409, 422), naming the field when one is wrong. Anything else stays
 * HAPI's 500, without a stack trace.
 */
@Interceptor
class RefusalOutcomes {

  @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
  BaseServerResponseException translate(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof BaseServerResponseException answered && cause != thrown) {
        return answered;
      }
      if (cause instanceof Refusal refusal) {
        return of(refusal);
      }
    }
    return null;
  }

  static BaseServerResponseException of(Refusal refusal) {
    String message =
        refusal.fieldProblems().isEmpty()
            ? refusal.getMessage()
            : refusal.fieldProblems().stream()
                .map(problem -> problem.field() + ": " + problem.message())
                .collect(Collectors.joining("; "));
    return switch (refusal.kind()) {
      case INVALID -> new InvalidRequestException(message);
      case NOT_FOUND -> new ResourceNotFoundException(message);
      case FORBIDDEN -> new ForbiddenOperationException(message);
      case CONFLICT -> new ResourceVersionConflictException(message);
      case UNPROCESSABLE -> new UnprocessableEntityException(message);
    };
  }
}
