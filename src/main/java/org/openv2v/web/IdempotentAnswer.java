package org.openv2v.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The 201 answer to a write whose client-chosen id (event id, shipper id, booked option) is its
 * idempotency key: sent again, the write answers what it did the first time, and says so in a
 * header, so that a client retrying after a lost answer can tell.
 */
public final class IdempotentAnswer {

  /** Set on every such answer: {@code true} when the write had been done before. */
  public static final String REPLAYED = "Idempotent-Replayed";

  private IdempotentAnswer() {}

  public static <T> ResponseEntity<T> created(boolean replayed, T body) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .header(REPLAYED, Boolean.toString(replayed))
        .body(body);
  }

  /** With the address where what was written can be read. */
  public static <T> ResponseEntity<T> created(URI location, boolean replayed, T body) {
    return ResponseEntity.created(location).header(REPLAYED, Boolean.toString(replayed)).body(body);
  }
}
