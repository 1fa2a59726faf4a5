package org.openv2v.identity.internal;

import java.util.OptionalInt;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The last sequence number given per facility and year, in {@code identity.din_sequence}. */
@Repository
@RequiredArgsConstructor
public class DinSequences {

  private final JdbcClient jdbc;

  /**
   * Takes the next sequence number of the facility's year in one statement: the first of a year is
   * 1, each later one the last + 1. Concurrent callers queue on the row and each gets its own
   * number; the number returns to the pool if the caller's transaction rolls back. Empty when the
   * year's last number, {@code max}, is already taken.
   */
  public OptionalInt next(String facility, int year, int max) {
    return jdbc.sql(
            """
            insert into identity.din_sequence (facility, year, last_sequence, updated_at)
            values (:facility, :year, 1, now())
            on conflict (facility, year) do update
                set last_sequence = identity.din_sequence.last_sequence + 1, updated_at = now()
                where identity.din_sequence.last_sequence < :max
            returning last_sequence
            """)
        .param("facility", facility)
        .param("year", year)
        .param("max", max)
        .query(Integer.class)
        .optional()
        .map(OptionalInt::of)
        .orElse(OptionalInt.empty());
  }
}
