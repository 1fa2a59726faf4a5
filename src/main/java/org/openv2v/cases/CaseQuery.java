package org.openv2v.cases;

import java.util.Optional;
import org.openv2v.cases.domain.CaseState;

/** Filters for listing cases; a page of at most {@link #MAX_SIZE}. */
public record CaseQuery(Optional<CaseState> state, Optional<String> centreId, int page, int size) {

  public static final int MAX_SIZE = 200;

  public CaseQuery {
    page = Math.max(page, 0);
    size = Math.min(Math.max(size, 1), MAX_SIZE);
  }

  public static CaseQuery all() {
    return new CaseQuery(Optional.empty(), Optional.empty(), 0, MAX_SIZE);
  }
}
