package org.openv2v.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * An upload is read before any controller is chosen, so its failures reach no controller's advice
 * and once answered 413 with an empty body. This advice applies to every request: a file over the
 * limit is a 413 problem document naming the limit, a broken multipart body a 400.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadProblems {

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
    long limit = e.getMaxUploadSize();
    String detail =
        limit > 0
            ? "The upload is larger than the limit of "
                + DataSize.ofBytes(limit).toMegabytes()
                + " MB."
            : "The upload is larger than the limit (spring.servlet.multipart.max-file-size).";
    return answer(HttpStatus.CONTENT_TOO_LARGE, detail);
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> unreadable(MultipartException e) {
    if (e.getCause() != null
        && e.getCause().getClass().getSimpleName().contains("SizeLimitExceeded")) {
      return answer(HttpStatus.CONTENT_TOO_LARGE, "The upload is larger than the limit.");
    }
    return answer(HttpStatus.BAD_REQUEST, "The upload is not a readable multipart body.");
  }

  private static ResponseEntity<ProblemDetail> answer(HttpStatus status, String detail) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(ProblemDetail.forStatusAndDetail(status, detail));
  }
}
