package org.openv2v.web;

import org.openv2v.shared.Refusal;
import org.springframework.http.HttpStatus;

/** The one mapping from a refusal to its HTTP status, for the API and for every page. */
public final class RefusalStatus {

  private RefusalStatus() {}

  public static HttpStatus of(Refusal refusal) {
    return switch (refusal.kind()) {
      case INVALID -> HttpStatus.BAD_REQUEST;
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
      case CONFLICT -> HttpStatus.CONFLICT;
      case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
    };
  }
}
