package org.openv2v.cases;

import java.util.Optional;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.shared.Refusal;

/**
 * Filters for listing cases; a page of at most {@link #MAX_SIZE}. {@code search} finds a case by
 * its DIN or reference, and by the patient's name or record number for roles that see patients.
 */
public record CaseQuery(
    Optional<CaseState> state,
    Optional<String> centreId,
    Optional<String> search,
    int page,
    int size) {

  public static final int MAX_SIZE = 200;

  public CaseQuery {
    page = Math.max(page, 0);
    size = Math.min(Math.max(size, 1), MAX_SIZE);
    search = search.map(String::strip).filter(text -> !text.isEmpty());
    if (search.isPresent() && search.get().length() > 100) {
      throw Refusal.invalidField("q", "must be at most 100 characters")
          .withWords("refusal.field.over100");
    }
  }

  public CaseQuery(Optional<CaseState> state, Optional<String> centreId, int page, int size) {
    this(state, centreId, Optional.empty(), page, size);
  }

  public static CaseQuery all() {
    return new CaseQuery(Optional.empty(), Optional.empty(), 0, MAX_SIZE);
  }
}
